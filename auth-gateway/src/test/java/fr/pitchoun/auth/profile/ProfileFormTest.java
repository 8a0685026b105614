package fr.pitchoun.auth.profile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileFormTest {

    @Test
    void namesOfAnyAlphabetWithUsualPunctuationAreAccepted() {
        for (String name : new String[] {"Zoé", "Jean-Baptiste", "N'Golo", "Lou 2", "Ana’s", "Ç. Ömer", "小明"}) {
            assertTrue(new ProfileForm(name, "7-9", "owl").errors().isEmpty(), name);
        }
    }

    @Test
    void nameIsTrimmedAndItsSpacesFolded() {
        assertEquals("Marie Éloïse", new ProfileForm("\t Marie \n  Éloïse  ", "4-6", "fox").normalizedName());
    }

    @Test
    void nameOfThirtyCharactersPassesAndThirtyOneDoNot() {
        assertTrue(new ProfileForm("a".repeat(30), "4-6", "fox").errors().isEmpty());
        assertEquals("Le prénom ou surnom ne doit pas dépasser 30 caractères.",
                new ProfileForm("a".repeat(31), "4-6", "fox").errors().get("name"));
    }

    @Test
    void nameWithoutLetterOrWithMarkupIsRefused() {
        assertTrue(new ProfileForm("1234", "4-6", "fox").errors().containsKey("name"));
        assertTrue(new ProfileForm("Lou<script>", "4-6", "fox").errors().containsKey("name"));
    }

    @Test
    void missingFieldsAreEachReported() {
        assertEquals(List.of("name", "ageBand", "avatar"),
                List.copyOf(new ProfileForm(null, null, null).errors().keySet()));
    }
}
