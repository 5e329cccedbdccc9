#pragma once

#include "../Result.h"
#include "../authorization/Actor.h"
#include "../domain/DirectoryConnector.h"
#include "../security/Keychain.h"
#include "../sync/SyncReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <functional>
#include <optional>

namespace warden {

class Authorizer;
class Database;
class DirectoryReader;
class SyncStore;
class Write;
class WritePath;
struct DirectoryPerson;

/// Directory synchronization (DOMAIN.md "Directory", "Sync All"): an account's connector to
/// Active Directory or another LDAP server, and runs of it. A run reads the directory on a
/// worker thread (paged, streamed into a staging table), compares it with the account's users
/// in one set-based pass and previews what it will do — new, changed and disabled users, every
/// primary-address change with the admin roles it removes, and the entries it leaves out with
/// why — then applies it in one transaction with one summary audit entry and one per role lost.
/// The first run is full, later ones incremental (modifyTimestamp or uSNChanged), and full
/// again when the server or the search changes. Users added by hand or by import are never
/// touched; users this connector brought in that a full run no longer finds are disabled.
///
/// Permissions: Directory Synchronization read to see a connector, edit to configure it, Take
/// Action to run it (Master Administrators configure throughout their hierarchy, Migration
/// Administrators run throughout theirs). The bind password lives only in this computer's
/// keychain.
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)

public:
    /// Called while the directory is read with the entries read so far (and when waiting for the
    /// server); return false to cancel. The GUI keeps its window alive from here.
    using Progress = std::function<bool(qint64 entries)>;

    SyncService(Database& database, Authorizer& authorizer, WritePath& writes, Keychain keychain);

    /// The account's connector; nullopt when it has none.
    [[nodiscard]] Result<std::optional<DirectoryConnector>> connector(const Actor& actor, qint64 accountId) const;
    /// The connectors of the account and every account below it that the actor may see.
    [[nodiscard]] Result<QList<DirectoryConnector>> connectorsBelow(const Actor& actor, qint64 accountId) const;
    /// Saves the settings (`settings.version` is the version edited: 0 for a new connector) and,
    /// when given, the bind password in this computer's keychain. Returns the saved connector.
    [[nodiscard]] Result<DirectoryConnector> configure(const Actor& actor, const DirectoryConnector& settings,
                                                       const std::optional<QByteArray>& password);
    /// The connectors whose schedule is due at `now` (never run, or last run longer ago than their
    /// interval) that the actor may run and whose password this computer holds.
    [[nodiscard]] Result<QList<DirectoryConnector>> due(const Actor& actor, const QDateTime& now) const;
    /// Whether this computer's keychain holds the connector's bind password.
    [[nodiscard]] Result<bool> hasPassword(qint64 accountId) const;
    /// Connects, binds and reads the first page of the search with these settings (the
    /// keychain's password when `password` is empty): a sentence saying what it found.
    [[nodiscard]] Result<QString> testConnection(const Actor& actor, const DirectoryConnector& settings,
                                                 const QByteArray& password, const Progress& progress = {});
    /// Sync All: a preview with `options.dryRun`, else applied when nothing needs confirming.
    [[nodiscard]] Result<SyncReport> run(const Actor& actor, qint64 accountId, const SyncOptions& options,
                                         const Progress& progress = {});

    /// What a cancelled run says.
    [[nodiscard]] static QString cancelledMessage();
    /// The keychain entry of an account's bind password in this database.
    [[nodiscard]] QString passwordKey(qint64 accountId) const;

private:
    /// A role an address change removes, for its audit entry in the role's account.
    struct LostRole
    {
        QString email;
        QString role;
        QString accountCode;
    };

    /// The settings' problems, for a clear refusal before anything is saved.
    [[nodiscard]] Status check(const DirectoryConnector& settings) const;
    [[nodiscard]] Result<QByteArray> password(qint64 accountId) const;
    /// Reads the whole directory into the staging table; a refusal when the server fails or the
    /// run is cancelled. `report` counts the entries and lists the ones left out.
    [[nodiscard]] Status readDirectory(DirectoryReader& reader, SyncStore& store, const QSet<QString>& domains,
                                       const DirectoryConnector& connector, SyncReport& report,
                                       const Progress& progress);
    /// Why one entry cannot be staged; empty when it can.
    [[nodiscard]] static QString problemWith(const DirectoryPerson& person, const QSet<QString>& domains,
                                             const DirectoryConnector& connector);
    /// Compares the staged entries with the directory and fills the report (inside the write).
    [[nodiscard]] Status compare(const Actor& actor, SyncStore& store, const DirectoryConnector& connector, bool full,
                                 SyncReport& report, QList<LostRole>& losses);
    [[nodiscard]] Status recordFailure(const DirectoryConnector& connector, const Refusal& refusal, qint64 ms);
    static void addSkipped(SyncReport& report, const QString& dn, const QString& message);

    Database& m_database;
    Authorizer& m_authorizer;
    WritePath& m_writes;
    Keychain m_keychain;
};

} // namespace warden
