package org.governance.wire.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.MonthDay;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A day of the year as MM-DD that a calendar has (02-29 yes, 02-31 and 04-31 no). Null is valid. */
@Documented
@Constraint(validatedBy = MonthDayText.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface MonthDayText {

    String message() default "must be a day of the year as MM-DD, such as 12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MonthDayText, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null) {
                return true;
            }
            if (!text.matches("\\d{2}-\\d{2}")) {
                return false;
            }
            try {
                MonthDay.of(Integer.parseInt(text.substring(0, 2)), Integer.parseInt(text.substring(3)));
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }
}
