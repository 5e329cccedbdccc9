#include "ContactStore.h"

#include "Database.h"
#include "DirectoryStore.h"
#include "SqlErrors.h"

#include <QSqlQuery>

namespace warden {

namespace {

const QString kContactSelect =
    QStringLiteral("SELECT id, account_id, name, title, email, director_or_higher, updated_by, updated_at FROM "
                   "account_contacts WHERE ");

AccountContact contactFromRow(const QSqlQuery& q)
{
    return AccountContact {q.value(0).toLongLong(), q.value(1).toLongLong(),
                           q.value(2).toString(),   q.value(3).toString(),
                           q.value(4).toString(),   q.value(5).toInt() != 0,
                           q.value(6).toString(),   QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs)};
}

} // namespace

ContactStore::ContactStore(Database& database)
    : m_database(database)
{ }

Result<QList<AccountContact>> ContactStore::contacts(qint64 accountId) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, kContactSelect + QStringLiteral("account_id = ? ORDER BY email_key"), {accountId},
                                 "reading account contacts");
        !done) {
        return done.refusal();
    }
    QList<AccountContact> contacts;
    while (q.next()) {
        contacts.append(contactFromRow(q));
    }
    return contacts;
}

Result<std::optional<AccountContact>> ContactStore::selectOne(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q, kContactSelect + where, values, "reading a contact"); !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return std::optional<AccountContact>();
    }
    return std::optional<AccountContact>(contactFromRow(q));
}

Result<std::optional<AccountContact>> ContactStore::contact(qint64 accountId, qint64 contactId) const
{
    return selectOne(QStringLiteral("id = ? AND account_id = ?"), {contactId, accountId});
}

Result<std::optional<AccountContact>> ContactStore::contactByEmail(qint64 accountId, const QString& email) const
{
    return selectOne(QStringLiteral("account_id = ? AND email_key = ?"), {accountId, DirectoryStore::emailKey(email)});
}

Result<qint64> ContactStore::insert(const AccountContact& contact, const QString& updatedBy)
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("INSERT INTO account_contacts (account_id, name, title, email, "
                                                "email_key, director_or_higher, updated_at, updated_by) VALUES "
                                                "(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                 {contact.accountId, contact.name, contact.title, contact.email,
                                  DirectoryStore::emailKey(contact.email), contact.directorOrHigher ? 1 : 0,
                                  DirectoryStore::now(), updatedBy},
                                 "adding an account contact");
        !done) {
        return done.refusal();
    }
    if (!q.next()) {
        return storageRefusal(q.lastError(), "adding an account contact");
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Status ContactStore::update(const AccountContact& contact, const QString& updatedBy)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q,
                        QStringLiteral("UPDATE account_contacts SET name = ?, title = ?, email = ?, email_key = ?, "
                                       "director_or_higher = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
                        {contact.name, contact.title, contact.email, DirectoryStore::emailKey(contact.email),
                         contact.directorOrHigher ? 1 : 0, DirectoryStore::now(), updatedBy, contact.id},
                        "updating an account contact");
}

Status ContactStore::remove(qint64 contactId)
{
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("DELETE FROM account_contacts WHERE id = ?"), {contactId},
                        "removing a contact");
}

} // namespace warden
