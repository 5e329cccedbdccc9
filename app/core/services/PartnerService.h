#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/Account.h"
#include "../domain/Partner.h"
#include "../domain/Role.h"
#include "../domain/User.h"
#include "../storage/DirectoryStore.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <optional>

namespace warden {

class Authorizer;
class Database;
class WritePath;

/// Partner (MSP) organisations, the customer accounts that delegate to them, and the external
/// administrators those accounts list (DOMAIN.md "Partners"). An external admin is a partner's
/// user holding one role in the customer account; that role counts only while the account
/// delegates to the partner, and the account's IP allow-list applies unless it exempts partners.
class PartnerService
{
    Q_DECLARE_TR_FUNCTIONS(PartnerService)

public:
    PartnerService(Database& database, Authorizer& authorizer, WritePath& writes);

    /// Registers a partner whose administrators live in `homeAccountCode`'s directory. A service
    /// provider step, like creating top-level accounts: system actor only.
    [[nodiscard]] Result<Partner> createPartner(const Actor& actor, const QString& name,
                                                const QString& homeAccountCode);
    [[nodiscard]] Result<QList<Partner>> partners() const;
    [[nodiscard]] Result<Partner> partnerByName(const QString& name) const;
    /// The partner the actor administers for, if their home account is a partner's.
    [[nodiscard]] Result<std::optional<Partner>> partnerOf(const Actor& actor) const;

    [[nodiscard]] Status delegate(const Actor& actor, qint64 accountId, qint64 partnerId);
    /// Also removes that partner's external admins from the account, in the same transaction.
    [[nodiscard]] Status revokeDelegation(const Actor& actor, qint64 accountId, qint64 partnerId);
    [[nodiscard]] Result<QList<Partner>> delegations(const Actor& actor, qint64 accountId) const;

    [[nodiscard]] Result<QList<ExternalAdmin>> externalAdmins(const Actor& actor, qint64 accountId) const;
    /// The staff of the partners `accountId` delegates to, found by address prefix or any name
    /// word, paged by user id: the people who can be made its external administrators. For
    /// whoever may manage the account's external administrators.
    [[nodiscard]] Result<UserPage> searchStaff(const Actor& actor, qint64 accountId, const QString& text,
                                               qint64 afterId, int limit) const;
    /// The roles the actor may give an external admin here: non-protected roles within the
    /// actor's own permissions; Partner Administrator only when the actor is a partner admin.
    [[nodiscard]] Result<QList<Role>> assignableRoles(const Actor& actor, qint64 accountId) const;
    [[nodiscard]] Status canManage(const Actor& actor, qint64 accountId) const;

    [[nodiscard]] Result<ExternalAdmin> addExternalAdmin(const Actor& actor, qint64 accountId, const QString& email,
                                                         const QString& roleName)
    {
        return addExternalAdmin(actor, accountId, email, roleName, nullptr);
    }
    [[nodiscard]] Result<ExternalAdmin> changeRole(const Actor& actor, qint64 accountId, const QString& email,
                                                   const QString& roleName)
    {
        return changeRole(actor, accountId, email, roleName, nullptr);
    }
    [[nodiscard]] Status removeExternalAdmin(const Actor& actor, qint64 accountId, const QString& email);
    /// Called before each account with (accounts done, all of them); return false to stop there.
    using Progress = std::function<bool(int done, int total)>;
    /// The multi-account step: checks the person once (a refusal when the address is not a partner's
    /// administrator), then adds (or, when already there, changes the role of) them in each
    /// account, each in its own transaction; one outcome per account reached (all of them unless
    /// `progress` stopped it).
    [[nodiscard]] Result<QList<ExternalAdminOutcome>> applyToAccounts(const Actor& actor,
                                                                      const QList<qint64>& accountIds,
                                                                      const QString& email, const QString& roleName,
                                                                      const Progress& progress = {});
    /// The customer accounts the actor sees (whether they may manage each is canManage()): every
    /// visible account but the home account of the actor's own partner.
    [[nodiscard]] Result<QList<Account>> customerAccounts(const Actor& actor) const;

private:
    struct Candidate;
    struct Person
    {
        User user;
        Partner partner;
    };
    /// The address as a partner's administrator: valid, in a partner's home directory, enabled.
    [[nodiscard]] Result<Person> partnerPerson(const QString& email) const;
    /// `resolved` is the person when the caller has looked them up already (nullptr: look up).
    [[nodiscard]] Result<Candidate> checkCandidate(const Actor& actor, qint64 accountId, const QString& email,
                                                   const QString& roleName, const Person* resolved) const;
    [[nodiscard]] Result<ExternalAdmin> addExternalAdmin(const Actor& actor, qint64 accountId, const QString& email,
                                                         const QString& roleName, const Person* resolved);
    [[nodiscard]] Result<ExternalAdmin> changeRole(const Actor& actor, qint64 accountId, const QString& email,
                                                   const QString& roleName, const Person* resolved);
    /// The external admin just written, read back inside the transaction.
    [[nodiscard]] Result<ExternalAdmin> recordedExternalAdmin(qint64 accountId, const QString& email) const;

    Database& m_database;
    Authorizer& m_authorizer;
    WritePath& m_writes;
};

} // namespace warden
