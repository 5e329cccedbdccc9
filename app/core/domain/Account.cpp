#include "Account.h"

#include <QCoreApplication>

namespace warden {

QString accountKindKey(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Standard:
        return QStringLiteral("standard");
    case AccountKind::Master:
        return QStringLiteral("master");
    case AccountKind::Group:
        return QStringLiteral("group");
    case AccountKind::MailProcessing:
        return QStringLiteral("mail_processing");
    }
    return {};
}

std::optional<AccountKind> accountKindFromKey(const QString& key)
{
    for (const auto kind :
         {AccountKind::Standard, AccountKind::Master, AccountKind::Group, AccountKind::MailProcessing}) {
        if (accountKindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

QString accountKindDisplayName(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Standard:
        return QCoreApplication::translate("Account", "Standard account");
    case AccountKind::Master:
        return QCoreApplication::translate("Account", "Master account");
    case AccountKind::Group:
        return QCoreApplication::translate("Account", "Group");
    case AccountKind::MailProcessing:
        return QCoreApplication::translate("Account", "Mail-processing account");
    }
    return {};
}

} // namespace warden
