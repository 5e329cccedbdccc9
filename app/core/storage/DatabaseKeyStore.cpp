#include "DatabaseKeyStore.h"

#include "Database.h"
#include "SqlErrors.h"

#include <QSqlQuery>

namespace warden {

namespace {

const QString kCurrentKeyMeta = QStringLiteral("key_id");

} // namespace

DatabaseKeyStore::DatabaseKeyStore(Database& database)
    : m_database(database)
{ }

Result<QString> DatabaseKeyStore::currentKeyId() const
{
    return m_database.meta(kCurrentKeyMeta);
}

Result<QList<DatabaseKeyRecord>> DatabaseKeyStore::keys() const
{
    QSqlQuery q(m_database.connection());
    if (auto done =
            execPrepared(q,
                         QStringLiteral("SELECT key_id, first_seq, previous_key_id, sealed_previous, created_at "
                                        "FROM database_keys ORDER BY first_seq DESC"),
                         {}, "reading the database keys");
        !done) {
        return done.refusal();
    }
    QList<DatabaseKeyRecord> keys;
    while (q.next()) {
        keys.append(DatabaseKeyRecord {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                                       q.value(3).toString(), q.value(4).toString()});
    }
    return keys;
}

Status DatabaseKeyStore::addCurrent(const DatabaseKeyRecord& key)
{
    QSqlQuery q(m_database.connection());
    if (auto done = execPrepared(q,
                                 QStringLiteral("INSERT INTO database_keys (key_id, first_seq, previous_key_id, "
                                                "sealed_previous, created_at) VALUES (?, ?, ?, ?, ?)"),
                                 {key.keyId, key.firstSeq, key.previousKeyId, key.sealedPrevious, key.createdAt},
                                 "recording the database key");
        !done) {
        return done;
    }
    return m_database.setMeta(kCurrentKeyMeta, key.keyId);
}

Status DatabaseKeyStore::lockCurrent()
{
    if (m_database.dialect() != Database::Dialect::PostgreSQL) {
        return {}; // SQLite's write transaction holds the whole database
    }
    QSqlQuery q(m_database.connection());
    return execPrepared(q, QStringLiteral("SELECT value FROM meta WHERE key = 'database_id' FOR UPDATE"), {},
                        "locking the database key");
}

} // namespace warden
