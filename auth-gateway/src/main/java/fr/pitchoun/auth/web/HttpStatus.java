package fr.pitchoun.auth.web;

/** The statuses the API answers with, 422 and 429 included (Jakarta REST's Response.Status has no 422). */
public final class HttpStatus {

    public static final int BAD_REQUEST = 400;
    public static final int UNAUTHORIZED = 401;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;
    public static final int FORBIDDEN = 403;
    public static final int UNPROCESSABLE_ENTITY = 422;
    public static final int TOO_MANY_REQUESTS = 429;
    public static final int SERVICE_UNAVAILABLE = 503;

    private HttpStatus() {
    }
}
