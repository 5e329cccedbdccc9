#pragma once

#include "../Result.h"

#include <QList>
#include <QString>

namespace warden {

class Database;

/// One database key as recorded (never the key itself): its id, the first audit entry it
/// signed, and the key before it sealed under it.
struct DatabaseKeyRecord
{
    QString keyId;
    qint64 firstSeq = 1;
    QString previousKeyId;
    QString sealedPrevious; ///< the previous key, sealed with this one's sealing key
    QString createdAt;
};

/// The database's keys in order (`database_keys`) and which one is current (`meta.key_id`).
class DatabaseKeyStore
{
public:
    explicit DatabaseKeyStore(Database& database);

    [[nodiscard]] Result<QString> currentKeyId() const;
    /// Every key, newest first.
    [[nodiscard]] Result<QList<DatabaseKeyRecord>> keys() const;
    /// Records `key` and makes it the current one.
    [[nodiscard]] Status addCurrent(const DatabaseKeyRecord& key);
    /// Locks the current key's record until the transaction ends, so that two rotations (or a
    /// rotation and a sealing) cannot interleave on PostgreSQL.
    [[nodiscard]] Status lockCurrent();

private:
    Database& m_database;
};

} // namespace warden
