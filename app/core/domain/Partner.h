#pragma once

#include <QString>
#include <QtGlobal>

namespace warden {

/// A partner (MSP) organisation. Its administrators are the users of its home account's
/// directory; customer accounts delegate to it and then list those users as external admins.
struct Partner
{
    qint64 id = 0;
    QString name;
    qint64 homeAccountId = 0;
    QString homeAccountCode;
};

/// One external administrator of a customer account: a partner's user holding a role there.
struct ExternalAdmin
{
    qint64 userId = 0;
    QString email;
    QString displayName;
    QString partnerName;
    qint64 roleId = 0;
    QString roleName;
    QString addedBy;
    QString addedAt; ///< ISO 8601, UTC
};

/// What applying one external admin to one of many accounts did.
struct ExternalAdminOutcome
{
    enum class Change { Added, RoleChanged, Unchanged, Refused };

    qint64 accountId = 0;
    QString accountCode;
    bool applied = false; ///< the account now lists the admin with the role (also when unchanged)
    Change change = Change::Refused;
    QString message; ///< the refusal, or what was done
};

/// "added", "role_changed", "unchanged" or "refused" (stable, for JSON).
QString externalAdminChangeKey(ExternalAdminOutcome::Change change);

} // namespace warden
