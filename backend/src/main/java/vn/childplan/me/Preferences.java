package vn.childplan.me;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's own settings. */
public final class Preferences {
    private Preferences() {
    }

    @Schema(name = "Preferences", description = "The caller's settings for reminders")
    public record PreferencesDto(
            @Schema(description = "Whether reminders are also sent by e-mail (in-app notifications always are)")
            boolean emailEnabled,
            @Schema(description = "Where e-mail goes: the address of the caller's account (null: none, no e-mail)",
                    examples = "officer.syt.hue@example.vn") String email) {
    }

    @Schema(name = "PreferencesUpdate", description = "The settings to keep")
    public record PreferencesUpdate(
            @NotNull @Schema(description = "Send reminders by e-mail too", required = true) Boolean emailEnabled) {
    }
}
