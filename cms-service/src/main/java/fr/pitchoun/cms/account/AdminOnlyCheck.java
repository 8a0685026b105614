package fr.pitchoun.cms.account;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.ForbiddenException;

@AdminOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
class AdminOnlyCheck {

    private final CurrentEditor current;

    AdminOnlyCheck(CurrentEditor current) {
        this.current = current;
    }

    @AroundInvoke
    Object check(InvocationContext call) throws Exception {
        if (!current.isAdmin()) {
            throw new ForbiddenException();
        }
        return call.proceed();
    }
}
