#include "RoleCommands.h"

#include "ConsoleActions.h"
#include "CoreServices.h"
#include "MessageBoxes.h"
#include "roles/AddUsersToRoleDialog.h"
#include "roles/RoleEditorDialog.h"

#include <QAction>

namespace warden {

RoleCommands::RoleCommands(CoreServices& core, const Actor& actor, ConsoleActions* actions,
                           std::function<TreeSelection()> selection, QWidget* window)
    : ConsoleCommands(core, actor, actions, std::move(selection), window)
{
    connect(actions->addUserToRole, &QAction::triggered, this, &RoleCommands::addUserToRole);
    connect(actions->removeFromRole, &QAction::triggered, this, &RoleCommands::removeFromRole);
    connect(actions->newRole, &QAction::triggered, this, &RoleCommands::newRole);
    connect(actions->editRole, &QAction::triggered, this, &RoleCommands::editRole);
    connect(actions->copyRole, &QAction::triggered, this, &RoleCommands::copyRole);
    connect(actions->deleteRole, &QAction::triggered, this, &RoleCommands::deleteRole);
}

void RoleCommands::updateActions(const TreeSelection& selection)
{
    const Role* role = selection.role;
    const bool onMember = selection.member != nullptr;
    RoleService& roles = m_core.roles();
    const Status noRole = ConsoleActions::nothingSelected(tr("Select a role first."));
    ConsoleActions::applyDecision(m_actions->addUserToRole, role ? roles.canAddMembers(m_actor, *role) : noRole);
    ConsoleActions::applyDecision(m_actions->removeFromRole,
                                  onMember ? roles.canRemoveMembers(m_actor, *role)
                                           : ConsoleActions::nothingSelected(tr("Select a member of a role first.")));
    ConsoleActions::applyDecision(m_actions->newRole,
                                  selection.account ? roles.canCreate(m_actor, selection.account->id)
                                                    : ConsoleActions::nothingSelected(tr("Select an account first.")));
    ConsoleActions::applyDecision(m_actions->editRole, role && !onMember ? roles.canEdit(m_actor, *role) : noRole);
    ConsoleActions::applyDecision(m_actions->copyRole, role && !onMember ? roles.canCopy(m_actor, *role) : noRole);
    ConsoleActions::applyDecision(m_actions->deleteRole, role && !onMember ? roles.canDelete(m_actor, *role) : noRole);
}

void RoleCommands::addUserToRole()
{
    const Role* role = selection().role;
    if (role == nullptr) {
        Q_EMIT unavailable(m_actions->addUserToRole);
        return;
    }
    // The dialog opens only when the core would accept the change; a protected role opens a
    // change request pre-filled with the role instead; anything else says why not.
    if (auto allowed = m_core.roles().canAddMembers(m_actor, *role); !allowed) {
        if (allowed.refusal().kind == Refusal::Kind::NeedsChangeRequest) {
            ChangeRequestDraft draft;
            draft.accountId = role->accountId;
            draft.kind = ChangeRequestKind::AddMember;
            draft.roleId = role->id;
            Q_EMIT changeRequestWanted(role->accountId, draft);
            return;
        }
        showRefusal(tr("Add User to Role"), allowed.refusal());
        return;
    }
    const Role target = *role;
    AddUsersToRoleDialog dialog(m_core, m_actor, target, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.change()) {
        return;
    }
    const MembershipChange& change = *dialog.change();
    Q_EMIT statusMessage(tr("Added %n user(s) to %1.", nullptr, int(change.added.size())).arg(target.name));
    Q_EMIT roleToSelect(target.id);
    offerSignInMethods(change.withoutSignIn);
}

void RoleCommands::offerSignInMethods(const QStringList& emails)
{
    if (emails.isEmpty()) {
        return;
    }
    constexpr int kListedAtMost = 10;
    QStringList listed = emails.mid(0, kListedAtMost);
    if (emails.size() > kListedAtMost) {
        listed.append(tr("… and %n more", nullptr, int(emails.size()) - kListedAtMost));
    }
    const QString text =
        tr("%n of the people you added cannot sign in yet: they have no sign-in method (a password or single "
           "sign-on).\n\n%1\n\nOpen Admin Management to give them one?",
           nullptr, int(emails.size()))
            .arg(listed.join(QLatin1Char('\n')));
    const bool mayManage = m_actions->adminManagement->isEnabled();
    if (!mayManage) {
        MessageBoxes::information(m_window, tr("No Sign-in Method"),
                                  tr("%n of the people you added cannot sign in yet: they have no sign-in method. An "
                                     "administrator who may use Admin Management can give them one.\n\n%1",
                                     nullptr, int(emails.size()))
                                      .arg(listed.join(QLatin1Char('\n'))));
        return;
    }
    if (MessageBoxes::question(m_window, tr("No Sign-in Method"), text, QMessageBox::Yes | QMessageBox::No,
                               QMessageBox::Yes)
        == QMessageBox::Yes) {
        m_actions->adminManagement->trigger();
    }
}

void RoleCommands::removeFromRole()
{
    const TreeSelection selected = selection();
    if (selected.member == nullptr || selected.role == nullptr) {
        Q_EMIT unavailable(m_actions->removeFromRole);
        return;
    }
    removeMembers(*selected.role, {selected.member->email});
}

void RoleCommands::removeMembers(const Role& role, const QStringList& emails)
{
    if (emails.isEmpty()) {
        return;
    }
    const Role target = role;
    if (auto allowed = m_core.roles().canRemoveMembers(m_actor, target); !allowed) {
        if (allowed.refusal().kind != Refusal::Kind::NeedsChangeRequest) {
            showRefusal(tr("Remove from Role"), allowed.refusal());
            return;
        }
        // A change request names one person; with several selected it starts with the first.
        ChangeRequestDraft draft;
        draft.accountId = target.accountId;
        draft.kind = ChangeRequestKind::RemoveMember;
        draft.roleId = target.id;
        draft.targetEmail = emails.first();
        if (emails.size() > 1) {
            Q_EMIT statusMessage(tr("%1 is protected: each removal needs its own change request. This one is for %2.")
                                     .arg(target.name, emails.first()));
        }
        Q_EMIT changeRequestWanted(target.accountId, draft);
        return;
    }
    constexpr int kListedAtMost = 15;
    QStringList listed = emails.mid(0, kListedAtMost);
    if (emails.size() > kListedAtMost) {
        listed.append(tr("… and %n more", nullptr, int(emails.size()) - kListedAtMost));
    }
    const QString question = emails.size() == 1
        ? tr("Remove %1 from %2? They lose this role's permissions at once.").arg(emails.first(), target.name)
        : tr("Remove these %n people from %1? They lose this role's permissions at once.\n\n%2", nullptr,
             int(emails.size()))
              .arg(target.name, listed.join(QLatin1Char('\n')));
    if (MessageBoxes::question(m_window, tr("Remove from Role"), question) != QMessageBox::Yes) {
        return;
    }
    if (auto removed = m_core.roles().removeMembers(m_actor, target.id, emails); !removed) {
        showRefusal(tr("Remove from Role"), removed.refusal());
        return;
    }
    Q_EMIT statusMessage(emails.size() == 1
                             ? tr("Removed %1 from %2.").arg(emails.first(), target.name)
                             : tr("Removed %n people from %1.", nullptr, int(emails.size())).arg(target.name));
}

void RoleCommands::runEditor(const Role& role, const QString& doneText)
{
    RoleEditorDialog dialog(m_core, m_actor, role, m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.savedRole()) {
        Q_EMIT statusMessage(doneText.arg(dialog.savedRole()->name));
        Q_EMIT roleToSelect(dialog.savedRole()->id);
    }
}

void RoleCommands::newRole()
{
    const Account* account = selection().account;
    if (account == nullptr) {
        Q_EMIT unavailable(m_actions->newRole);
        return;
    }
    if (auto allowed = m_core.roles().canCreate(m_actor, account->id); !allowed) {
        showRefusal(tr("New Role"), allowed.refusal());
        return;
    }
    Role role;
    role.accountId = account->id;
    runEditor(role, tr("Created role %1."));
}

void RoleCommands::editRole()
{
    const Role* role = selection().role;
    if (role == nullptr) {
        Q_EMIT unavailable(m_actions->editRole);
        return;
    }
    if (auto allowed = m_core.roles().canEdit(m_actor, *role); !allowed) {
        showRefusal(tr("Edit Role"), allowed.refusal());
        return;
    }
    runEditor(*role, tr("Saved role %1."));
}

void RoleCommands::copyRole()
{
    const Role* role = selection().role;
    if (role == nullptr) {
        Q_EMIT unavailable(m_actions->copyRole);
        return;
    }
    if (auto allowed = m_core.roles().canCopy(m_actor, *role); !allowed) {
        showRefusal(tr("Copy Role"), allowed.refusal());
        return;
    }
    // A copy opens in the editor as a new custom role, so it can be renamed and adjusted first.
    Role copy = *role;
    copy.id = 0;
    copy.builtInKey.clear();
    copy.alwaysProtected = false;
    copy.neverProtected = false;
    copy.memberCount = 0;
    copy.name = tr("Copy of %1").arg(role->name);
    runEditor(copy, tr("Created role %1."));
}

void RoleCommands::deleteRole()
{
    const Role* role = selection().role;
    if (role == nullptr) {
        Q_EMIT unavailable(m_actions->deleteRole);
        return;
    }
    const Role target = *role;
    if (auto allowed = m_core.roles().canDelete(m_actor, target); !allowed) {
        showRefusal(tr("Delete Role"), allowed.refusal());
        return;
    }
    bool removeMembers = false;
    if (target.memberCount > 0) {
        const auto answer = MessageBoxes::question(
            m_window, tr("Delete Role"),
            tr("%1 still has %n member(s). Remove them from the role and delete it?", nullptr, target.memberCount)
                .arg(target.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
        removeMembers = true;
    } else if (MessageBoxes::question(m_window, tr("Delete Role"), tr("Delete the role %1?").arg(target.name))
               != QMessageBox::Yes) {
        return;
    }
    if (auto deleted = m_core.roles().deleteRole(m_actor, target.id, removeMembers); !deleted) {
        showRefusal(tr("Delete Role"), deleted.refusal());
        return;
    }
    Q_EMIT statusMessage(tr("Deleted role %1.").arg(target.name));
}

} // namespace warden
