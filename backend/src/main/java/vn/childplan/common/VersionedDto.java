package vn.childplan.common;

/** A response body that stands for one versioned record: its version becomes the ETag. */
public interface VersionedDto {
    long id();

    int version();
}
