package fr.pitchoun.cms.editor;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;

/** A form field holding a web address with one of {@link #schemes()} and a host; empty is left to other checks. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebAddress.Check.class)
public @interface WebAddress {

    String message();

    String[] schemes() default {"https"};

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<WebAddress, String> {

        private String[] schemes;

        @Override
        public void initialize(WebAddress annotation) {
            schemes = annotation.schemes();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isEmpty()) {
                return true;
            }
            try {
                URI address = new URI(value);
                String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
                return Arrays.asList(schemes).contains(scheme) && address.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
