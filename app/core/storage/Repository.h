#pragma once

#include "../Result.h"
#include "../domain/Account.h"
#include "../domain/User.h"

#include <QHash>
#include <QList>

class QSqlQuery;

namespace warden {

class Database;

/// Row mapping shared by the services: reads of accounts, users and roles by key, and writes of
/// a role's permission rows. No authorization here; services check before calling.
class Repository
{
public:
    explicit Repository(Database& database);

    [[nodiscard]] Result<User> user(qint64 id) const;
    [[nodiscard]] Result<User> userByEmail(const QString& email) const;
    /// The users with these addresses, keyed by lower-case address (one query per few hundred).
    [[nodiscard]] Result<QHash<QString, User>> usersByEmails(const QStringList& emails) const;
    /// The code of the account an address belongs to: the account of the directory user with that
    /// address, else the account that owns the address's domain; empty when neither exists.
    [[nodiscard]] Result<QString> accountCodeOfAddress(const QString& email) const;
    /// How many `action` entries the audit log holds for the account since `sinceUtc` (ISO 8601).
    [[nodiscard]] Result<int> countAuditEntries(const QString& accountCode, const QString& action,
                                                const QString& sinceUtc) const;

    /// The user columns in the order userFromRow() reads them, optionally prefixed ("u.").
    static QString userColumns(const QString& alias = {});
    /// Reads a user from the first seven columns of the current row (see userColumns()).
    static User userFromRow(const QSqlQuery& query);

    static QString emailKey(const QString& email) { return email.trimmed().toLower(); }
    static QString nameKey(const QString& name) { return name.simplified().toLower(); }
    static QString now();

private:
    Database& m_database;
};

} // namespace warden
