#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace warden {

enum class AccountKind { Standard, Master, Group, MailProcessing };

QString accountKindKey(AccountKind kind);
std::optional<AccountKind> accountKindFromKey(const QString& key);
QString accountKindDisplayName(AccountKind kind);

/// One customer organisation (tenant) as stored; settings of DOMAIN.md "Accounts".
struct Account
{
    qint64 id = 0;
    QString code; ///< unique short account code (the seeds' remoteaccountcode)
    QString name;
    AccountKind kind = AccountKind::Standard;
    std::optional<qint64> parentId;
    bool policyInheritance = false;
    bool federatedAdministration = false;
    bool federatedContentView = false;
    QString federatedAdminDomain;
};

} // namespace warden
