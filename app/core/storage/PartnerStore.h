#pragma once

#include "../Result.h"
#include "../domain/Partner.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace warden {

class Database;

/// Partner organisations, the delegations of customer accounts to them, and the external
/// administrators (partner users holding a role in a customer account). No authorization here.
class PartnerStore
{
public:
    explicit PartnerStore(Database& database);

    /// Every partner, by name.
    [[nodiscard]] Result<QList<Partner>> partners() const;
    /// The partner whose administrators live in that account's directory, if any.
    [[nodiscard]] Result<std::optional<Partner>> partnerWithHome(qint64 homeAccountId) const;
    /// The name of a partner that already has this name or this home account, if any.
    [[nodiscard]] Result<std::optional<QString>> conflictingPartner(const QString& name, qint64 homeAccountId) const;
    /// The new partner's id.
    [[nodiscard]] Result<qint64> insertPartner(const QString& name, qint64 homeAccountId);

    [[nodiscard]] Result<bool> isDelegated(qint64 accountId, qint64 partnerId) const;
    /// The partners the account delegates to, by name.
    [[nodiscard]] Result<QList<Partner>> delegations(qint64 accountId) const;
    [[nodiscard]] Status insertDelegation(qint64 accountId, qint64 partnerId, const QString& by);
    [[nodiscard]] Status deleteDelegation(qint64 accountId, qint64 partnerId);

    /// The account's external administrators, by address.
    [[nodiscard]] Result<QList<ExternalAdmin>> externalAdmins(qint64 accountId) const;
    [[nodiscard]] Result<std::optional<ExternalAdmin>> externalAdmin(qint64 accountId, const QString& email) const;
    /// Removes every role the partner's administrators hold in the account; their addresses.
    [[nodiscard]] Result<QStringList> removePartnerMembers(qint64 accountId, qint64 partnerId);
    /// Gives a member another role of the same account instead of the one they hold.
    [[nodiscard]] Status moveMember(qint64 userId, qint64 fromRoleId, qint64 toRoleId, const QString& by);

private:
    Database& m_database;
};

} // namespace warden
