package fr.pitchoun.auth.kinow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a WireMockServer field of a test that {@link KinowStandIn} fills, for stubs only that test needs. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectKinowStandIn {
}
