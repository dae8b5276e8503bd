package dk.caseportal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Forgets sessions that end by sign-out or time-out. */
@WebListener
public class SessionEndListener implements HttpSessionListener {

    @Inject
    SignedInSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.ended(event.getSession());
    }
}
