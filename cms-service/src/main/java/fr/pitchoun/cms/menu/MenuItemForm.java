package fr.pitchoun.cms.menu;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** What an editor typed for a menu link, kept as typed so that it can be shown back. */
public class MenuItemForm {

    static final List<String> FIELDS = List.of("label", "target");

    @RestForm
    @NotBlank(message = "Indiquez le texte du lien.")
    @Size(max = 80, message = "Le texte du lien ne doit pas dépasser 80 caractères.")
    public String label = "";

    @RestForm
    @NotBlank(message = "Indiquez où mène le lien.")
    public String target = "";

    static MenuItemForm of(MenuItem item) {
        MenuItemForm form = new MenuItemForm();
        form.label = item.label;
        form.target = item.target;
        return form;
    }
}
