package dk.caseportal.identity.api;

/** What happened, in the audit trail. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    ACCESS_REFUSED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_SET,
    USER_INVITED,
    USER_DEACTIVATED,
    USER_REACTIVATED,
    MAIL_RETRIED,
    PRODUCT_CREATED,
    PRODUCT_RENAMED,
    PRODUCT_RETIRED,
    PRODUCT_REINSTATED
}
