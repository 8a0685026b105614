package fr.pitchoun.frontend.account;

import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Optional;

/** Who is visiting a page, and the Set-Cookie headers (renewed or cleared session) the page answer must carry. */
public record Visit(Optional<Viewer> viewer, List<String> setCookies) {

    static final Visit ANONYMOUS = new Visit(Optional.empty(), List.of());

    public Response.ResponseBuilder withCookies(Response.ResponseBuilder answer) {
        setCookies.forEach(cookie -> answer.header("Set-Cookie", cookie));
        return answer;
    }
}
