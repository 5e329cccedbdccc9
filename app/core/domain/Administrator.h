#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>

namespace warden {

/// How an administrator signs in (DOMAIN.md "Administrators and sign-in").
enum class AuthMethod {
    Sso, ///< the organisation's identity provider; recorded, not performed here
    LocalPassword, ///< a Warden password with TOTP two-step authentication
};

QString authMethodKey(AuthMethod method); ///< "sso" or "local_password" (stored, and used in JSON)
std::optional<AuthMethod> authMethodFromKey(const QString& key);
QString authMethodDisplayName(AuthMethod method);

/// Where an administrator's second factor stands.
enum class SecondFactorState {
    IdentityProvider, ///< SSO: the identity provider's own two-step authentication
    Enrolled, ///< TOTP enrolled
    PendingEnrollment, ///< enrolls at the next sign-in (new admin, or password reset)
    NotSetUp, ///< holds a role but no sign-in method is recorded (e.g. added through the roles console)
};

/// One administrator of an account as Admin Management lists them: a directory user holding
/// at least one role there.
struct AdministratorSummary
{
    qint64 userId = 0;
    QString email;
    QString displayName;
    QStringList roles; ///< names of the roles held in the account, sorted
    QList<qint64> roleIds;
    bool holdsProtectedRole = false;
    bool holdsSuperAdministrator = false;
    AuthMethod authMethod = AuthMethod::Sso;
    SecondFactorState secondFactor = SecondFactorState::IdentityProvider;
    bool mustChangePassword = false;
    QString lastSignIn; ///< ISO 8601 UTC, empty when never
    bool isBackup = false;
    bool disabled = false;
};

/// What an add, edit or reset handed out: for a local-password administrator, the temporary
/// password to pass on once (it is not stored anywhere readable); empty for SSO.
struct IssuedCredentials
{
    QString email;
    QString temporaryPassword;
};

/// What the audit log records of an administrator: roles, sign-in method, backup flag.
QJsonObject administratorAuditJson(const AdministratorSummary& admin);

} // namespace warden

Q_DECLARE_METATYPE(warden::AdministratorSummary)
