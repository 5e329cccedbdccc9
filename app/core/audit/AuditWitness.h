#pragma once

#include "../Result.h"
#include "../security/Keychain.h"
#include "MerkleTree.h"

#include <QCoreApplication>
#include <optional>

namespace warden {

class Database;

/// What this computer remembers of one database's audit log, in its keychain, to hold every later
/// reading to it (a witness, as in Certificate Transparency): the newest tree it has seen (size,
/// Merkle root, compact range and the newest entry's hash, `warden/<database-id>/audit-witness`),
/// and the newest tree whose signatures it checked (`…/audit-checked`), so that checking the log
/// again checks only the signatures of entries added since.
class AuditWitness
{
    Q_DECLARE_TR_FUNCTIONS(AuditWitness)

public:
    struct Seen
    {
        MerkleFrontier frontier; ///< its size is the number of entries seen
        QByteArray lastHash; ///< raw hash of entry frontier.size()
        [[nodiscard]] qint64 size() const { return frontier.size(); }
    };
    struct Checked
    {
        qint64 size = 0;
        QByteArray root;
    };

    AuditWitness(Keychain keychain, QString databaseId);

    [[nodiscard]] Result<std::optional<Seen>> seen() const;
    /// Remembers `seen` unless this computer has already seen a longer log.
    [[nodiscard]] Status remember(const Seen& seen) const;
    [[nodiscard]] Result<std::optional<Checked>> checked() const;
    [[nodiscard]] Status rememberChecked(const Checked& checked) const;

    /// Compares the stored log with what this computer saw: not shorter, the entry it saw last
    /// unchanged, and every newer checkpoint in the database a tree that extends the one it saw.
    /// Returns why not, or empty; an agreeing log is remembered as now seen. Reads only the
    /// entries added since.
    [[nodiscard]] Result<QString> check(Database& database) const;

private:
    [[nodiscard]] QString entry(const char* name) const;

    Keychain m_keychain;
    QString m_databaseId;
};

} // namespace warden
