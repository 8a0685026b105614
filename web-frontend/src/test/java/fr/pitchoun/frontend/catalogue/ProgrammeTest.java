package fr.pitchoun.frontend.catalogue;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgrammeTest {

    @Test
    void ageRangeReadsAsFrench() {
        assertEquals("De 6 à 10 ans", new Programme("ocean", "Mission Océan", "", 6, 10, null, null, null).ageRange());
        assertEquals("4 ans", new Programme("contes", "Contes", "", 4, 4, null, null, null).ageRange());
    }
}
