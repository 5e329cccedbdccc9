#include "Administrator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace warden {

QString authMethodKey(AuthMethod method)
{
    return method == AuthMethod::LocalPassword ? QStringLiteral("local_password") : QStringLiteral("sso");
}

std::optional<AuthMethod> authMethodFromKey(const QString& key)
{
    if (key == QLatin1String("local_password")) {
        return AuthMethod::LocalPassword;
    }
    if (key == QLatin1String("sso")) {
        return AuthMethod::Sso;
    }
    return std::nullopt;
}

QString authMethodDisplayName(AuthMethod method)
{
    return method == AuthMethod::LocalPassword
        ? QCoreApplication::translate("AdminService", "Password and authenticator app")
        : QCoreApplication::translate("AdminService", "Single sign-on (SSO)");
}

QJsonObject administratorAuditJson(const AdministratorSummary& admin)
{
    return QJsonObject {{QStringLiteral("roles"), QJsonArray::fromStringList(admin.roles)},
                        {QStringLiteral("authMethod"), authMethodKey(admin.authMethod)},
                        {QStringLiteral("backup"), admin.isBackup}};
}

} // namespace warden
