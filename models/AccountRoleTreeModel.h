#pragma once

#include "authorization/Actor.h"
#include "domain/Account.h"
#include "domain/Role.h"
#include "domain/User.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <memory>
#include <vector>

namespace warden {

class CoreServices;

/// The Admin Roles tree: accounts → roles → members, as the signed-in actor may see them.
/// Accounts and their roles load at reset (they are few); members load lazily per role in
/// pages (canFetchMore/fetchMore), so a role with 20,000 members opens instantly. Listens to
/// the core's ChangeNotifier and reloads only the part that changed.
class AccountRoleTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind { Account, Role, Member };
    Q_ENUM(NodeKind)

    /// Data roles; the display text is Qt::DisplayRole.
    enum Roles {
        KindRole = Qt::UserRole + 1, ///< NodeKind
        IdRole, ///< account id, role id or user id
        AccountIdRole, ///< the account the node belongs to
        RoleIdRole, ///< the role (role and member nodes)
        EmailRole, ///< member address (member nodes)
        ProtectedRole, ///< bool: role is protected (lock icon)
        BuiltInRole, ///< bool: built-in role
        MemberCountRole, ///< int: members of the role
        SortRole, ///< locale-independent sort key
    };

    static constexpr int kMemberPageSize = 200;

    AccountRoleTreeModel(CoreServices& core, Actor actor, QObject* parent = nullptr);
    ~AccountRoleTreeModel() override;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex& parent = {}) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// The role at `index` (a role node, or a member's role) as last loaded.
    [[nodiscard]] const Role* roleAt(const QModelIndex& index) const;
    [[nodiscard]] const Account* accountAt(const QModelIndex& index) const;
    [[nodiscard]] const User* memberAt(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexOfRole(qint64 roleId) const;
    [[nodiscard]] QModelIndex indexOfAccount(qint64 accountId) const;

    void reload();

private:
    struct Node;
    void reloadRoles(qint64 accountId);
    void resetMembers(qint64 roleId);
    [[nodiscard]] Node* nodeAt(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexOf(Node* node) const;
    void loadRoles(Node& account);

    CoreServices& m_core;
    Actor m_actor;
    std::vector<std::unique_ptr<Node>> m_accounts;
    QIcon m_lockIcon;
    QIcon m_roleIcon;
    QIcon m_accountIcon;
    QIcon m_userIcon;
};

} // namespace warden
