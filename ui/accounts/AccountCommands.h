#pragma once

#include "Result.h"
#include "TreeSelection.h"
#include "authorization/Actor.h"
#include "domain/ChangeRequest.h"

#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace warden {

class ConsoleActions;
class CoreServices;

/// The account commands of the console — Admin Management, Change Requests, External
/// Administrators and Apply to Accounts, IP Restrictions, Link Domain, Import Users: enables
/// their actions from the core's answers for the selected account and opens their dialogs over
/// `window`.
class AccountCommands : public QObject
{
    Q_OBJECT

public:
    AccountCommands(CoreServices& core, const Actor& actor, ConsoleActions* actions,
                    std::function<TreeSelection()> selection, QWidget* window);

    /// Enables the account actions for `selection`, with the core's reason as the tooltip.
    void updateActions(const TreeSelection& selection);
    /// Opens the Requests view of the account, with New Request pre-filled when `draft` is set.
    void openChangeRequests(qint64 accountId, const std::optional<ChangeRequestDraft>& draft);

Q_SIGNALS:
    void statusMessage(const QString& message);
    /// A command was triggered with nothing (or the wrong thing) selected.
    void unavailable(const QAction* action);

private:
    void manageExternalAdmins();
    void applyExternalAdmin();
    void adminManagement();
    void changeRequests();
    void editIpRestrictions();
    void linkDomain();
    void importUsers();
    void showRefusal(const QString& title, const Refusal& refusal);

    CoreServices& m_core;
    const Actor& m_actor;
    ConsoleActions* m_actions;
    std::function<TreeSelection()> m_selection;
    QWidget* m_window;
};

} // namespace warden
