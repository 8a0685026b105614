package fr.pitchoun.auth.privacy;

/** The parent's confirmation of « Supprimer mes données »: the account's password, checked at Kinow. */
public record ErasureRequest(String password) {

    @Override
    public String toString() {
        return "ErasureRequest[password=…]";
    }
}
