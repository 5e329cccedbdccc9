#include "DirectoryStore.h"

#include "../domain/BuiltInRoles.h"
#include "Database.h"
#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace warden {

namespace {

Refusal notFound(const QString& message)
{
    return Refusal {Refusal::Kind::NotFound, message};
}

} // namespace

QString DirectoryStore::userColumns(const QString& alias)
{
    QStringList columns = {QStringLiteral("id"),      QStringLiteral("account_id"),   QStringLiteral("email"),
                           QStringLiteral("upn"),     QStringLiteral("display_name"), QStringLiteral("source"),
                           QStringLiteral("disabled")};
    for (QString& column : columns) {
        column.prepend(alias);
    }
    return columns.join(QStringLiteral(", "));
}

User DirectoryStore::userFromRow(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.accountId = q.value(1).toLongLong();
    u.email = q.value(2).toString();
    u.upn = q.value(3).toString();
    u.displayName = q.value(4).toString();
    u.source = q.value(5).toString();
    u.disabled = q.value(6).toInt() != 0;
    return u;
}

DirectoryStore::DirectoryStore(Database& database)
    : m_database(database)
{ }

QString DirectoryStore::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<User> DirectoryStore::user(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(userColumns()), {id},
                                 "reading a user");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return notFound(QCoreApplication::translate("DirectoryStore", "No such user."));
    }
    return userFromRow(q);
}

Result<User> DirectoryStore::userByEmail(const QString& email) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT %1 FROM users WHERE email_key = ?").arg(userColumns()),
                                 {emailKey(email)}, "reading a user");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return notFound(
            QCoreApplication::translate("DirectoryStore", "%1 is not in the internal directory.").arg(email.trimmed()));
    }
    return userFromRow(q);
}

Result<QHash<QString, User>> DirectoryStore::usersByEmails(const QStringList& emails) const
{
    constexpr qsizetype kBatch = 400;
    QHash<QString, User> users;
    for (qsizetype start = 0; start < emails.size(); start += kBatch) {
        const QStringList batch = emails.mid(start, kBatch);
        QStringList placeholders;
        QVariantList keys;
        for (const QString& email : batch) {
            placeholders.append(QStringLiteral("?"));
            keys.append(emailKey(email));
        }
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        if (auto done = execPrepared(q,
                                     QStringLiteral("SELECT %1, email_key FROM users WHERE email_key IN (%2)")
                                         .arg(userColumns(), placeholders.join(QLatin1Char(','))),
                                     keys, "looking up addresses");
            !done) {
            return done.refusal();
        }
        while (q.next()) {
            users.insert(q.value(7).toString(), userFromRow(q));
        }
    }
    return users;
}

Result<QString> DirectoryStore::accountCodeOfAddress(const QString& email) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT a.code FROM users u JOIN accounts a ON a.id = u.account_id "
                                                "WHERE u.email_key = ?"),
                                 {emailKey(email)}, "finding the account of an address");
        !done) {
        return done.refusal();
    }
    if (q.next()) {
        return q.value(0).toString();
    }
    const QString domain = emailKey(email).section(QLatin1Char('@'), 1);
    if (domain.isEmpty()) {
        return QString();
    }
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT a.code FROM domains d JOIN accounts a ON a.id = d.account_id "
                                                "WHERE d.name = ?"),
                                 {domain}, "finding the account of a domain");
        !done) {
        return done.refusal();
    }
    return q.next() ? q.value(0).toString() : QString();
}

Result<qint64> DirectoryStore::count(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT count(*) FROM users WHERE account_id = ?"), {accountId},
                                 "counting users");
        !done) {
        return done.refusal();
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<UserPage> DirectoryStore::search(qint64 accountId, const QString& text, qint64 afterId, int limit) const
{
    const QString columns = userColumns(QStringLiteral("u."));
    const QString needle = text.simplified().toLower();
    QString sql;
    QVariantList values;
    if (needle.isEmpty()) {
        sql = QStringLiteral("SELECT %1 FROM users u WHERE u.account_id = ? AND u.id > ? ORDER BY u.id LIMIT ?")
                  .arg(columns);
        values = {accountId, afterId, limit + 1};
    } else {
        const SqlDialect::TextSearch match =
            SqlDialect(m_database.dialect()).directorySearch(needle, accountId, afterId, limit + 1);
        sql = QStringLiteral("SELECT %1 FROM users u WHERE %2 ORDER BY u.id LIMIT ?").arg(columns, match.condition);
        values = match.values + QVariantList {limit + 1};
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto done = execPrepared(q, sql, values, "searching the directory"); !done) {
        return done.refusal();
    }
    UserPage page;
    while (q.next()) {
        if (page.users.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.users.append(userFromRow(q));
    }
    page.nextAfterId = page.users.isEmpty() ? afterId : page.users.last().id;
    return page;
}

Status DirectoryStore::insertUsers(qint64 accountId, const QList<User>& users)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO users (account_id, email, email_key, upn, display_name, name_key, source, "
                       "disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString at = now();
    for (const User& user : users) {
        insert.addBindValue(accountId);
        insert.addBindValue(user.email.trimmed());
        insert.addBindValue(emailKey(user.email));
        insert.addBindValue(user.upn.trimmed());
        insert.addBindValue(user.displayName.simplified());
        insert.addBindValue(nameKey(user.displayName));
        insert.addBindValue(user.source.isEmpty() ? QStringLiteral("manual") : user.source);
        insert.addBindValue(user.disabled ? 1 : 0);
        insert.addBindValue(at);
        if (auto done = exec(insert, "adding users"); !done) {
            return done;
        }
    }
    return {};
}

Status DirectoryStore::setDisabled(qint64 userId, bool disabled)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), {disabled ? 1 : 0, userId},
                        "updating a user");
}

Status DirectoryStore::setAddress(qint64 userId, const QString& address)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("UPDATE users SET email = ?, email_key = ? WHERE id = ?"),
                        {address, emailKey(address), userId}, "changing an address");
}

Status DirectoryStore::setUpn(qint64 userId, const QString& upn)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("UPDATE users SET upn = ? WHERE id = ?"), {upn, userId}, "changing a UPN");
}

} // namespace warden
