package dk.caseportal.web.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Map;

/**
 * Forgets the view-scope bookkeeping of views Mojarra no longer keeps. Mojarra (4.0.11) keeps the
 * view maps of a session's last 25 views and destroys older ones' beans, but its CDI side keeps an
 * entry per view for the whole session ({@code activeViewContexts}): a user who opens a thousand
 * case pages holds a thousand of them until the session ends (after the benchmark's five minutes
 * of 20 users: 380,000 objects). Run as each new view gets its view map; the entries of views
 * still kept are left alone.
 */
public class ViewScopeBookkeeping implements SystemEventListener {

    /** Mojarra's session attributes (ViewScopeContextManager.ACTIVE_VIEW_CONTEXTS, ViewScopeManager.ACTIVE_VIEW_MAPS). */
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";
    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getExternalContext().getSession(false) == null) {
            return;
        }
        Map<String, Object> session = context.getExternalContext().getSessionMap();
        forgetEvicted(session.get(ACTIVE_VIEW_CONTEXTS), session.get(ACTIVE_VIEW_MAPS));
    }

    /** Removes the contexts of views that are no longer among the kept view maps. */
    static void forgetEvicted(Object contexts, Object keptViewMaps) {
        if (contexts instanceof Map<?, ?> contextsById && keptViewMaps instanceof Map<?, ?> kept) {
            // A view's id is kept before its contexts are made, so a view being built is never removed.
            contextsById.keySet().removeIf(id -> !kept.containsKey(id));
        }
    }
}
