#include "AccountCommands.h"

#include "ConsoleActions.h"
#include "CoreServices.h"
#include "MessageBoxes.h"
#include "accounts/ApplyExternalAdminDialog.h"
#include "accounts/ExternalAdminsDialog.h"
#include "accounts/IpRestrictionsDialog.h"
#include "admins/AdminManagementDialog.h"
#include "directory/ImportUsersWizard.h"
#include "requests/ChangeRequestsDialog.h"
#include "sync/DirectorySyncDialog.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QInputDialog>
#include <QTimer>

namespace warden {

AccountCommands::AccountCommands(CoreServices& core, const Actor& actor, ConsoleActions* actions,
                                 std::function<TreeSelection()> selection, QWidget* window)
    : ConsoleCommands(core, actor, actions, std::move(selection), window)
{
    connect(actions->manageExternalAdmins, &QAction::triggered, this, &AccountCommands::manageExternalAdmins);
    connect(actions->applyExternalAdmin, &QAction::triggered, this, &AccountCommands::applyExternalAdmin);
    connect(actions->ipRestrictions, &QAction::triggered, this, &AccountCommands::editIpRestrictions);
    connect(actions->linkDomain, &QAction::triggered, this, &AccountCommands::linkDomain);
    connect(actions->importUsers, &QAction::triggered, this, &AccountCommands::importUsers);
    connect(actions->directorySync, &QAction::triggered, this, &AccountCommands::directorySync);
    connect(actions->adminManagement, &QAction::triggered, this, &AccountCommands::adminManagement);
    connect(actions->changeRequests, &QAction::triggered, this, &AccountCommands::changeRequests);
    auto* schedule = new QTimer(this);
    schedule->setInterval(std::chrono::minutes(1));
    connect(schedule, &QTimer::timeout, this, &AccountCommands::runScheduledSyncs);
    schedule->start();
    // These work across accounts: available when the actor may in at least one.
    Authorizer& authorizer = m_core.authorizer();
    ConsoleActions::applyDecision(actions->applyExternalAdmin,
                                  authorizer.checkInAnyAccount(m_actor, Action::ManageExternalAdministrators));
    ConsoleActions::applyDecision(actions->importUsers, authorizer.checkInAnyAccount(m_actor, Action::ImportDirectory));
}

void AccountCommands::updateActions(const TreeSelection& selection)
{
    const Account* account = selection.account;
    Authorizer& authorizer = m_core.authorizer();
    const Status noAccount = ConsoleActions::nothingSelected(tr("Select an account first."));
    ConsoleActions::applyDecision(m_actions->manageExternalAdmins,
                                  account ? authorizer.check(m_actor, Action::ViewExternalAdministrators, account->id)
                                          : noAccount);
    ConsoleActions::applyDecision(m_actions->adminManagement,
                                  account ? m_core.admins().canView(m_actor, account->id) : noAccount);
    // Change Requests and IP Restrictions open for anyone who may see the account.
    const Status viewAccount = account ? authorizer.check(m_actor, Action::ViewAccount, account->id) : noAccount;
    ConsoleActions::applyDecision(m_actions->changeRequests, viewAccount);
    ConsoleActions::applyDecision(m_actions->ipRestrictions, viewAccount);
    Status linkable = noAccount;
    if (account != nullptr) {
        linkable = account->kind == AccountKind::MailProcessing
            ? authorizer.check(m_actor, Action::EditAccountHierarchy, account->id)
            : ConsoleActions::nothingSelected(tr("Domains are linked to mail-processing accounts; select one."));
    }
    ConsoleActions::applyDecision(m_actions->linkDomain, linkable);
    Status syncable = noAccount;
    if (account != nullptr) {
        syncable = account->kind == AccountKind::Group
            ? ConsoleActions::nothingSelected(tr("A group has no users of its own; select an account in it."))
            : authorizer.check(m_actor, Action::ViewDirectorySync, account->id);
    }
    ConsoleActions::applyDecision(m_actions->directorySync, syncable);
}

void AccountCommands::runScheduledSyncs()
{
    if (m_scheduledSyncRunning || QApplication::activeModalWidget() != nullptr) {
        return;
    }
    auto due = m_core.sync().due(m_actor, QDateTime::currentDateTimeUtc());
    if (!due || due.value().isEmpty()) {
        return;
    }
    m_scheduledSyncRunning = true;
    for (const DirectoryConnector& connector : due.value()) {
        // Applies what needs no confirmation; address changes that remove roles wait for
        // someone to confirm them in Directory Synchronization.
        auto report = m_core.sync().run(m_actor, connector.accountId, {}, [](qint64) {
            QApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 20);
            return true;
        });
        if (!report) {
            Q_EMIT statusMessage(
                tr("Scheduled directory sync of %1 failed: %2").arg(connector.accountCode, report.refusal().message));
        } else if (!report.value().applied) {
            Q_EMIT statusMessage(tr("Scheduled directory sync of %1 waits for you: %2")
                                     .arg(connector.accountCode, report.value().notAppliedBecause));
        } else {
            Q_EMIT statusMessage(tr("Scheduled directory sync of %1: %2 new, %3 changed, %4 disabled.")
                                     .arg(connector.accountCode)
                                     .arg(report.value().created)
                                     .arg(report.value().changed)
                                     .arg(report.value().disabled));
        }
    }
    m_scheduledSyncRunning = false;
}

void AccountCommands::directorySync()
{
    const Account* account = selection().account;
    if (account == nullptr) {
        Q_EMIT unavailable(m_actions->directorySync);
        return;
    }
    if (auto allowed = m_core.authorizer().check(m_actor, Action::ViewDirectorySync, account->id); !allowed) {
        showRefusal(tr("Directory Synchronization"), allowed.refusal());
        return;
    }
    DirectorySyncDialog dialog(m_core, m_actor, *account, m_window);
    dialog.exec();
}

void AccountCommands::manageExternalAdmins()
{
    const Account* account = selection().account;
    if (account == nullptr) {
        Q_EMIT unavailable(m_actions->manageExternalAdmins);
        return;
    }
    if (auto allowed = m_core.authorizer().check(m_actor, Action::ViewExternalAdministrators, account->id); !allowed) {
        showRefusal(tr("Manage External Administrators"), allowed.refusal());
        return;
    }
    ExternalAdminsDialog dialog(m_core, m_actor, *account, m_window);
    dialog.exec();
}

void AccountCommands::adminManagement()
{
    const Account* account = selection().account;
    if (account == nullptr) {
        Q_EMIT unavailable(m_actions->adminManagement);
        return;
    }
    if (auto allowed = m_core.admins().canView(m_actor, account->id); !allowed) {
        showRefusal(tr("Admin Management"), allowed.refusal());
        return;
    }
    const qint64 accountId = account->id;
    AdminManagementDialog dialog(
        m_core, m_actor, *account,
        [this, accountId](const ChangeRequestDraft& draft) { openChangeRequests(accountId, draft); }, m_window);
    dialog.exec();
}

void AccountCommands::changeRequests()
{
    const Account* account = selection().account;
    if (account == nullptr) {
        Q_EMIT unavailable(m_actions->changeRequests);
        return;
    }
    openChangeRequests(account->id, std::nullopt);
}

void AccountCommands::openChangeRequests(qint64 accountId, const std::optional<ChangeRequestDraft>& draft)
{
    auto account = m_core.accounts().visibleAccounts(m_actor);
    if (!account) {
        showRefusal(tr("Change Requests"), account.refusal());
        return;
    }
    for (const Account& candidate : account.value()) {
        if (candidate.id != accountId) {
            continue;
        }
        ChangeRequestsDialog dialog(m_core, m_actor, candidate, m_window);
        if (draft) {
            // Shown first so the request opens over the list it will join.
            QTimer::singleShot(0, &dialog, [&dialog, &draft] { dialog.fileRequest(*draft); });
        }
        dialog.exec();
        return;
    }
}

void AccountCommands::applyExternalAdmin()
{
    ApplyExternalAdminDialog dialog(m_core, m_actor, m_window);
    if (const Account* account = selection().account) {
        dialog.checkAccount(account->code);
    }
    dialog.exec();
}

void AccountCommands::editIpRestrictions()
{
    const Account* account = selection().account;
    if (account == nullptr) {
        Q_EMIT unavailable(m_actions->ipRestrictions);
        return;
    }
    const QString code = account->code;
    IpRestrictionsDialog dialog(m_core, m_actor, *account, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT statusMessage(tr("IP restrictions of %1 saved.").arg(code));
    }
}

void AccountCommands::linkDomain()
{
    const Account* account = selection().account;
    if (account == nullptr || !account->parentId) {
        Q_EMIT unavailable(m_actions->linkDomain);
        return;
    }
    const Account target = *account;
    auto linkable = m_core.accounts().linkableDomains(m_actor, target.id);
    if (!linkable) {
        showRefusal(tr("Link Domain"), linkable.refusal());
        return;
    }
    const QStringList candidates = linkable.value();
    if (candidates.isEmpty()) {
        MessageBoxes::information(m_window, tr("Link Domain"),
                                  tr("The master above %1 has no domain that is not linked to it already. Add the "
                                     "domain on the master account first.")
                                      .arg(target.code));
        return;
    }
    bool chosen = false;
    const QString domain = QInputDialog::getItem(m_window, tr("Link Domain"),
                                                 tr("Domain to link to %1 (%2):").arg(target.name, target.code),
                                                 candidates, 0, false, &chosen);
    if (!chosen) {
        return;
    }
    if (auto linked = m_core.accounts().linkDomain(m_actor, domain, target.id); !linked) {
        showRefusal(tr("Link Domain"), linked.refusal());
        return;
    }
    Q_EMIT statusMessage(tr("%1 linked to %2.").arg(domain, target.code));
}

void AccountCommands::importUsers()
{
    ImportUsersWizard wizard(m_core, m_actor, m_window);
    if (const Account* account = selection().account) {
        wizard.setAccountCode(account->code);
    }
    wizard.exec();
    if (wizard.importReport() && wizard.importReport()->applied) {
        Q_EMIT statusMessage(tr("Imported %n row(s).", nullptr, int(wizard.importReport()->rows)));
    }
}

} // namespace warden
