#include "Repository.h"

#include "../domain/BuiltInRoles.h"
#include "Database.h"
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

QString Repository::userColumns(const QString& alias)
{
    QStringList columns = {QStringLiteral("id"),      QStringLiteral("account_id"),   QStringLiteral("email"),
                           QStringLiteral("upn"),     QStringLiteral("display_name"), QStringLiteral("source"),
                           QStringLiteral("disabled")};
    for (QString& column : columns) {
        column.prepend(alias);
    }
    return columns.join(QStringLiteral(", "));
}

User Repository::userFromRow(const QSqlQuery& q)
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

Repository::Repository(Database& database)
    : m_database(database)
{ }

QString Repository::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<User> Repository::user(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(userColumns()), {id},
                                 "reading a user");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return notFound(QCoreApplication::translate("Repository", "No such user."));
    }
    return userFromRow(q);
}

Result<User> Repository::userByEmail(const QString& email) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, QStringLiteral("SELECT %1 FROM users WHERE email_key = ?").arg(userColumns()),
                                 {emailKey(email)}, "reading a user");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return notFound(
            QCoreApplication::translate("Repository", "%1 is not in the internal directory.").arg(email.trimmed()));
    }
    return userFromRow(q);
}

Result<QHash<QString, User>> Repository::usersByEmails(const QStringList& emails) const
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

Result<QString> Repository::accountCodeOfAddress(const QString& email) const
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

Result<int> Repository::countAuditEntries(const QString& accountCode, const QString& action,
                                          const QString& sinceUtc) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND account_code = ? "
                                                "AND at >= ?"),
                                 {action, accountCode, sinceUtc}, "counting audit entries");
        !done) {
        return done.refusal();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace warden
