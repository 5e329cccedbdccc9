#pragma once

#include "Result.h"

#include <QObject>

class QAction;

namespace warden {

/// The console's actions, created once and shared by the menu bar, the toolbar and the context
/// menus. The window and its command controllers (RoleCommands, AccountCommands) enable them
/// from the core's answers and handle their triggers.
class ConsoleActions : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleActions(QObject* parent);

    QAction* newRole = nullptr;
    QAction* editRole = nullptr;
    QAction* copyRole = nullptr;
    QAction* deleteRole = nullptr;
    QAction* addUserToRole = nullptr;
    QAction* removeFromRole = nullptr;
    QAction* viewMembers = nullptr;
    QAction* showAllRoles = nullptr;
    QAction* refresh = nullptr;
    QAction* focusFilter = nullptr;
    QAction* toggleAuditLog = nullptr;
    QAction* toggleHierarchy = nullptr;
    QAction* manageExternalAdmins = nullptr;
    QAction* applyExternalAdmin = nullptr;
    QAction* ipRestrictions = nullptr;
    QAction* linkDomain = nullptr;
    QAction* importUsers = nullptr;
    QAction* directorySync = nullptr;
    QAction* adminManagement = nullptr;
    QAction* changeRequests = nullptr;
    QAction* exportRecoveryKit = nullptr;
    QAction* preferences = nullptr;
    QAction* signOut = nullptr;
    QAction* quit = nullptr;
    QAction* about = nullptr;

    /// The actions that change data; a read-only persona sees all of them disabled.
    [[nodiscard]] QList<QAction*> writeActions() const;

    /// Enables `action` when the core allows it; otherwise disables it and puts the core's reason
    /// in the tooltip, so a greyed-out action always says why. An action that needs a change
    /// request stays enabled: it opens the request pre-filled.
    static void applyDecision(QAction* action, const Status& decision);
    /// The answer for an action that has nothing to act on: `what` says what to select.
    [[nodiscard]] static Status nothingSelected(const QString& what);
};

} // namespace warden
