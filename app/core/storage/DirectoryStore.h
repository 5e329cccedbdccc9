#pragma once

#include "../Result.h"
#include "../domain/Account.h"
#include "../domain/User.h"

#include <QHash>
#include <QList>

class QSqlQuery;

namespace warden {

class Database;

/// One page of a directory search; pass `nextAfterId` back to get the following page.
struct UserPage
{
    QList<User> users;
    qint64 nextAfterId = 0;
    bool hasMore = false;
};

/// The internal directory's users, and the keys and times every storage class writes the same
/// way. No authorization here; services check before calling.
class DirectoryStore
{
public:
    explicit DirectoryStore(Database& database);

    [[nodiscard]] Result<User> user(qint64 id) const;
    [[nodiscard]] Result<User> userByEmail(const QString& email) const;
    /// The users with these addresses, keyed by lower-case address (one query per few hundred).
    [[nodiscard]] Result<QHash<QString, User>> usersByEmails(const QStringList& emails) const;
    /// The code of the account an address belongs to: the account of the directory user with that
    /// address, else the account that owns the address's domain; empty when neither exists.
    [[nodiscard]] Result<QString> accountCodeOfAddress(const QString& email) const;
    [[nodiscard]] Result<qint64> count(qint64 accountId) const;
    /// Users of the account whose address starts with `text`, or whose name has a word starting
    /// with it (the same on SQLite and PostgreSQL); every user when `text` is empty. By id.
    [[nodiscard]] Result<UserPage> search(qint64 accountId, const QString& text, qint64 afterId, int limit) const;

    /// Adds users (source "manual" unless set) through one prepared statement.
    [[nodiscard]] Status insertUsers(qint64 accountId, const QList<User>& users);
    [[nodiscard]] Status setDisabled(qint64 userId, bool disabled);
    [[nodiscard]] Status setAddress(qint64 userId, const QString& address);
    [[nodiscard]] Status setUpn(qint64 userId, const QString& upn);

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
