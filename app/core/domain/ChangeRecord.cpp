#include "ChangeRecord.h"

namespace warden {

QString ChangeRecord::kindName(Changed kind)
{
    switch (kind) {
    case Changed::Accounts:
        return QStringLiteral("accounts");
    case Changed::Roles:
        return QStringLiteral("roles");
    case Changed::Members:
        return QStringLiteral("members");
    case Changed::Directory:
        return QStringLiteral("directory");
    case Changed::Administrators:
        return QStringLiteral("administrators");
    case Changed::ChangeRequests:
        return QStringLiteral("requests");
    case Changed::Computers:
        return QStringLiteral("computers");
    }
    return {};
}

Changed ChangeRecord::kindFromName(const QString& name)
{
    for (Changed kind : {Changed::Accounts, Changed::Roles, Changed::Members, Changed::Directory,
                         Changed::Administrators, Changed::ChangeRequests, Changed::Computers}) {
        if (kindName(kind) == name) {
            return kind;
        }
    }
    return Changed::Accounts;
}

} // namespace warden
