package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserPreferences;
import dk.caseportal.identity.api.UserSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/** A person who signs in: a customer's user, an agent or an administrator. */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    @SequenceGenerator(name = "user_seq", sequenceName = "user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "selected_customer_id")
    private Long selectedCustomerId;

    @Version
    private long version;

    protected User() {
        // for JPA
    }

    public User(String name, String email, Role role, Locale locale) {
        this.name = requireName(name);
        this.email = EmailAddresses.requireValid(email);
        this.role = Objects.requireNonNull(role, "role");
        this.locale = supported(locale).getLanguage();
        this.active = true;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("A user's name is 1 to 200 characters");
        }
        return name.strip();
    }

    private static Locale supported(Locale locale) {
        return UserPreferences.SUPPORTED_LOCALES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unsupported language: " + locale));
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public Long selectedCustomerId() {
        return selectedCustomerId;
    }

    public void selectCustomer(long customerId) {
        this.selectedCustomerId = customerId;
    }

    public void changeLocale(Locale newLocale) {
        this.locale = supported(newLocale).getLanguage();
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public boolean isActive() {
        return active;
    }

    /** Only active users with a password set may sign in. */
    public boolean maySignIn() {
        return active && passwordHash != null;
    }

    public UserId id() {
        return new UserId(id);
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole, "role");
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }

    public UserSummary toSummary() {
        return new UserSummary(id(), name, email, Locale.forLanguageTag(locale), role, active, version);
    }
}
