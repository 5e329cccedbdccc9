#pragma once

#include "Result.h"
#include "authorization/Actor.h"
#include "domain/Account.h"
#include "domain/DirectoryConnector.h"
#include "sync/SyncReport.h"

#include <QDialog>
#include <memory>

namespace Ui {
class DirectorySyncDialog;
}

class QTreeWidgetItem;

namespace warden {

class CoreServices;

/// Account → Directory Synchronization…: the account's connector to Active Directory or an
/// LDAP server (server, TLS, bind identity — its password goes to this computer's keychain —,
/// base, filter, attribute mapping, writable domains, schedule), Test Connection, Preview and
/// Sync All with a progress bar and Stop, and what the last run found: address changes with
/// the roles they remove, people disabled, entries left out and why. The directory is read on
/// a worker thread by the core; this window stays live. Fields are read-only for those who may
/// only look; the run buttons follow the core's Take Action answer, with its reason.
class DirectorySyncDialog : public QDialog
{
    Q_OBJECT

public:
    DirectorySyncDialog(CoreServices& core, Actor actor, Account account, QWidget* parent = nullptr);
    ~DirectorySyncDialog() override;

    /// Whether a run or a connection test is under way.
    [[nodiscard]] bool isBusy() const { return m_busy; }

public Q_SLOTS:
    /// Sync All: applies, and when primary-address changes would remove roles, lists them and
    /// asks before applying them.
    void syncAll();
    void preview();
    void testConnection();
    bool save();

protected:
    void reject() override;

private:
    void load();
    void applyPreset(int index);
    void browseCaFile();
    void updateState();
    void showStatus(const DirectoryConnector& connector);
    void showReport(const SyncReport& report);
    /// Runs the core's sync with the progress bar; nullopt when it failed (already said).
    std::optional<SyncReport> runSync(const SyncOptions& options);
    void setBusy(bool busy, const QString& what = {});
    [[nodiscard]] DirectoryConnector settingsFromForm() const;
    [[nodiscard]] bool isDirty() const;
    /// Keeps the window alive during a run; false once Stop was pressed.
    bool keepGoing(qint64 entries);

    const std::unique_ptr<Ui::DirectorySyncDialog> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    Account m_account;
    DirectoryConnector m_stored; ///< version 0: none yet
    bool m_canConfigure = false;
    Status m_canRun;
    bool m_busy = false;
    bool m_stopRequested = false;
};

} // namespace warden
