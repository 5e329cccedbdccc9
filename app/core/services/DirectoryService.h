#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/User.h"
#include "../storage/DirectoryStore.h"

#include <QCoreApplication>
#include <QList>

namespace warden {

class Authorizer;
class Database;
class WritePath;

/// The internal directory of each account: adding users (one or many in one transaction),
/// disabling them, and search by a prefix of the address or of any word of the name, paged by
/// keyset on the user id.
class DirectoryService
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryService)

public:
    DirectoryService(Database& database, Authorizer& authorizer, WritePath& writes);

    [[nodiscard]] Result<User> addUser(const Actor& actor, qint64 accountId, const User& user);
    /// All or nothing: every row is checked first and any problem refuses the whole batch with
    /// every problem listed; then one transaction inserts them and writes one audit entry.
    [[nodiscard]] Result<int> addUsers(const Actor& actor, qint64 accountId, const QList<User>& users);
    [[nodiscard]] Status setDisabled(const Actor& actor, const QString& email, bool disabled);
    /// The admin roles ("Role (ACCOUNT)") that changing the user's primary SMTP address would
    /// remove, after checking the change could be made: the new address is valid, in the
    /// account's domains and free, and the actor may remove every one of those roles.
    [[nodiscard]] Result<QStringList> addressChangeLosses(const Actor& actor, const QString& email,
                                                          const QString& newEmail) const;
    /// Changes the primary SMTP address. Role membership is keyed by it, so the user's admin
    /// roles are removed in the same transaction; refused unless `confirmRoleRemoval` when there
    /// are any. A change of letter case only is not an address change and keeps the roles.
    [[nodiscard]] Result<QStringList> changePrimaryAddress(const Actor& actor, const QString& email,
                                                           const QString& newEmail, bool confirmRoleRemoval);
    /// A UPN change alone changes nothing else (DOMAIN.md "Directory").
    [[nodiscard]] Status setUpn(const Actor& actor, const QString& email, const QString& upn);
    [[nodiscard]] Result<User> find(const Actor& actor, const QString& email) const;
    [[nodiscard]] Result<UserPage> search(const Actor& actor, qint64 accountId, const QString& text, qint64 afterId = 0,
                                          int limit = 50) const;
    [[nodiscard]] Result<qint64> count(const Actor& actor, qint64 accountId) const;

private:
    [[nodiscard]] QString problemWith(const User& user, const QStringList& domains) const;
    /// Every reason the users cannot be added to the account (bad fields, outside its domains,
    /// duplicates, already in the directory); empty when they all can.
    [[nodiscard]] Result<QStringList> problemsAdding(qint64 accountId, const QList<User>& users) const;

    Database& m_database;
    Authorizer& m_authorizer;
    WritePath& m_writes;
};

} // namespace warden
