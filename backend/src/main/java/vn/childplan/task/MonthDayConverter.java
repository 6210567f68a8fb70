package vn.childplan.task;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.MonthDay;

/** A yearly date such as Tháng hành động vì trẻ em (1/6–30/6), stored as ISO-8601 {@code --MM-DD} text. */
@Converter
public class MonthDayConverter implements AttributeConverter<MonthDay, String> {

    @Override
    public String convertToDatabaseColumn(MonthDay value) {
        return value == null ? null : value.toString();
    }

    @Override
    public MonthDay convertToEntityAttribute(String value) {
        return value == null ? null : MonthDay.parse(value);
    }
}
