#include "ConsoleActions.h"

#include <QAction>
#include <QIcon>

namespace warden {

namespace {

QAction* make(QObject* parent, const char* objectName, const QString& text, const QKeySequence& shortcut,
              const QString& themeIcon = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(objectName));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
    }
    if (!themeIcon.isEmpty()) {
        action->setIcon(QIcon::fromTheme(themeIcon));
    }
    return action;
}

} // namespace

ConsoleActions::ConsoleActions(QObject* parent)
    : QObject(parent)
{
    newRole = make(this, "newRoleAction", tr("&New Role…"), QKeySequence::New, QStringLiteral("document-new"));
    editRole = make(this, "editRoleAction", tr("&Edit Role…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                    QStringLiteral("document-edit"));
    copyRole = make(this, "copyRoleAction", tr("&Copy Role…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                    QStringLiteral("edit-copy"));
    deleteRole = make(this, "deleteRoleAction", tr("&Delete Role"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                      QStringLiteral("edit-delete"));
    addUserToRole = make(this, "addUserToRoleAction", tr("&Add User to Role…"), QKeySequence(Qt::CTRL | Qt::Key_U),
                         QStringLiteral("list-add-user"));
    removeFromRole = make(this, "removeFromRoleAction", tr("&Remove from Role"), QKeySequence::Delete,
                          QStringLiteral("list-remove-user"));
    viewMembers = make(this, "viewMembersAction", tr("&View Members"), QKeySequence(Qt::CTRL | Qt::Key_M));
    showAllRoles = make(this, "showAllRolesAction", tr("Show All &Roles"), QKeySequence(Qt::CTRL | Qt::Key_R));
    refresh = make(this, "refreshAction", tr("Re&fresh"), QKeySequence::Refresh, QStringLiteral("view-refresh"));
    focusFilter = make(this, "focusFilterAction", tr("&Filter Tree"), QKeySequence::Find, QStringLiteral("edit-find"));
    toggleAuditLog = make(this, "toggleAuditLogAction", tr("&Audit Log"), QKeySequence(Qt::CTRL | Qt::Key_L));
    toggleAuditLog->setCheckable(true);
    toggleHierarchy = make(this, "toggleHierarchyAction", tr("Account &Hierarchy"), QKeySequence(Qt::CTRL | Qt::Key_H));
    toggleHierarchy->setCheckable(true);
    manageExternalAdmins = make(this, "manageExternalAdminsAction", tr("Manage E&xternal Administrators…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    applyExternalAdmin = make(this, "applyExternalAdminAction", tr("Apply External Admin to &Accounts…"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    ipRestrictions = make(this, "ipRestrictionsAction", tr("&IP Restrictions…"), QKeySequence(Qt::CTRL | Qt::Key_I));
    linkDomain = make(this, "linkDomainAction", tr("&Link Domain…"), QKeySequence());
    importUsers = make(this, "importUsersAction", tr("I&mport Users…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                       QStringLiteral("document-import"));
    directorySync = make(this, "directorySyncAction", tr("&Directory Synchronization…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), QStringLiteral("view-refresh"));
    adminManagement =
        make(this, "adminManagementAction", tr("Admin &Management…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    changeRequests =
        make(this, "changeRequestsAction", tr("Change &Requests…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    exportRecoveryKit = make(this, "exportRecoveryKitAction", tr("Export &Recovery Kit…"), QKeySequence());
    preferences = make(this, "preferencesAction", tr("&Preferences…"), QKeySequence::Preferences,
                       QStringLiteral("preferences-system"));
    signOut = make(this, "signOutAction", tr("Sign &Out"), QKeySequence(), QStringLiteral("system-log-out"));
    quit = make(this, "quitAction", tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit"));
    about = make(this, "aboutAction", tr("&About Warden"), QKeySequence());
}

QList<QAction*> ConsoleActions::writeActions() const
{
    return {newRole,        editRole,           copyRole,   deleteRole, addUserToRole,
            removeFromRole, applyExternalAdmin, linkDomain, importUsers};
}

void ConsoleActions::applyDecision(QAction* action, const Status& decision)
{
    action->setEnabled(decision.ok() || decision.refusal().kind == Refusal::Kind::NeedsChangeRequest);
    if (decision.ok()) {
        action->setToolTip(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        return;
    }
    QString reason = decision.refusal().message;
    if (decision.refusal().kind == Refusal::Kind::NeedsChangeRequest) {
        reason = tr("Requires a change request. %1").arg(reason);
    }
    action->setToolTip(reason);
}

Status ConsoleActions::nothingSelected(const QString& what)
{
    return Refusal {Refusal::Kind::BadInput, what};
}

} // namespace warden
