#include "AccountRoleTreeModel.h"

#include "CoreServices.h"

#include <QGuiApplication>
#include <QPalette>

namespace warden {

struct AccountRoleTreeModel::Node
{
    NodeKind kind = NodeKind::Account;
    Node* parent = nullptr;
    int row = 0;
    Account account;
    Role role;
    User member;
    std::vector<std::unique_ptr<Node>> children;
    QString refusal; ///< why the children cannot be shown (e.g. no Account Roles access)
    QString nextAfterEmail; ///< members keyset
    bool moreMembers = true;
};

AccountRoleTreeModel::AccountRoleTreeModel(CoreServices& core, Actor actor, QObject* parent)
    : QAbstractItemModel(parent)
    , m_core(core)
    , m_actor(std::move(actor))
    , m_lockIcon(QIcon::fromTheme(QStringLiteral("object-locked"), QIcon(QStringLiteral(":/icons/lock.svg"))))
    , m_roleIcon(QIcon(QStringLiteral(":/icons/role.svg")))
    , m_accountIcon(QIcon(QStringLiteral(":/icons/account.svg")))
    , m_userIcon(QIcon(QStringLiteral(":/icons/user.svg")))
{
    ChangeNotifier& notifier = m_core.notifier();
    connect(&notifier, &ChangeNotifier::accountsChanged, this, &AccountRoleTreeModel::reload);
    connect(&notifier, &ChangeNotifier::rolesChanged, this, &AccountRoleTreeModel::reloadRoles);
    connect(&notifier, &ChangeNotifier::membersChanged, this, &AccountRoleTreeModel::resetMembers);
    connect(&notifier, &ChangeNotifier::directoryChanged, this, [this](qint64 accountId) {
        // A disabled user changes how members read; their roles stay.
        for (const auto& account : m_accounts) {
            if (account->account.id == accountId) {
                for (const auto& role : account->children) {
                    resetMembers(role->role.id);
                }
            }
        }
    });
    reload();
}

AccountRoleTreeModel::~AccountRoleTreeModel() = default;

void AccountRoleTreeModel::reload()
{
    beginResetModel();
    m_accounts.clear();
    auto accounts = m_core.accounts().visibleAccounts(m_actor);
    if (accounts) {
        for (const Account& account : accounts.value()) {
            auto node = std::make_unique<Node>();
            node->kind = NodeKind::Account;
            node->account = account;
            node->row = int(m_accounts.size());
            loadRoles(*node);
            m_accounts.push_back(std::move(node));
        }
    }
    endResetModel();
}

void AccountRoleTreeModel::loadRoles(Node& accountNode)
{
    accountNode.children.clear();
    accountNode.refusal.clear();
    auto roles = m_core.roles().roles(m_actor, accountNode.account.id);
    if (!roles) {
        accountNode.refusal = roles.refusal().message;
        return;
    }
    for (const Role& role : roles.value()) {
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Role;
        node->parent = &accountNode;
        node->role = role;
        node->row = int(accountNode.children.size());
        node->moreMembers = role.memberCount > 0;
        accountNode.children.push_back(std::move(node));
    }
}

void AccountRoleTreeModel::reloadRoles(qint64 accountId)
{
    for (const auto& account : m_accounts) {
        if (account->account.id != accountId) {
            continue;
        }
        const QModelIndex parentIndex = indexOf(account.get());
        if (!account->children.empty()) {
            beginRemoveRows(parentIndex, 0, int(account->children.size()) - 1);
            account->children.clear();
            endRemoveRows();
        }
        Node fresh;
        fresh.account = account->account;
        loadRoles(fresh);
        if (!fresh.children.empty()) {
            beginInsertRows(parentIndex, 0, int(fresh.children.size()) - 1);
            for (auto& child : fresh.children) {
                child->parent = account.get();
                account->children.push_back(std::move(child));
            }
            endInsertRows();
        }
        account->refusal = fresh.refusal;
        Q_EMIT dataChanged(parentIndex, parentIndex, {Qt::ToolTipRole});
    }
}

void AccountRoleTreeModel::resetMembers(qint64 roleId)
{
    const QModelIndex roleIndex = indexOfRole(roleId);
    if (!roleIndex.isValid()) {
        return;
    }
    Node* node = nodeAt(roleIndex);
    if (!node->children.empty()) {
        beginRemoveRows(roleIndex, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    auto fresh = m_core.roles().role(m_actor, roleId);
    if (fresh) {
        node->role = fresh.value();
    }
    node->nextAfterEmail.clear();
    node->moreMembers = node->role.memberCount > 0;
    Q_EMIT dataChanged(roleIndex, roleIndex, {Qt::DisplayRole, MemberCountRole, Qt::ToolTipRole});
}

AccountRoleTreeModel::Node* AccountRoleTreeModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : nullptr;
}

QModelIndex AccountRoleTreeModel::indexOf(Node* node) const
{
    return node == nullptr ? QModelIndex() : createIndex(node->row, 0, node);
}

QModelIndex AccountRoleTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, m_accounts.at(static_cast<std::size_t>(row)).get());
    }
    Node* node = nodeAt(parent);
    return createIndex(row, column, node->children.at(static_cast<std::size_t>(row)).get());
}

QModelIndex AccountRoleTreeModel::parent(const QModelIndex& child) const
{
    Node* node = nodeAt(child);
    if (node == nullptr || node->parent == nullptr) {
        return {};
    }
    return createIndex(node->parent->row, 0, node->parent);
}

int AccountRoleTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    if (!parent.isValid()) {
        return int(m_accounts.size());
    }
    return int(nodeAt(parent)->children.size());
}

int AccountRoleTreeModel::columnCount(const QModelIndex& /*parent*/) const
{
    return 1;
}

bool AccountRoleTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return !m_accounts.empty();
    }
    const Node* node = nodeAt(parent);
    switch (node->kind) {
    case NodeKind::Account:
        return !node->children.empty();
    case NodeKind::Role:
        return node->role.memberCount > 0;
    case NodeKind::Member:
        return false;
    }
    return false;
}

bool AccountRoleTreeModel::canFetchMore(const QModelIndex& parent) const
{
    const Node* node = nodeAt(parent);
    return node != nullptr && node->kind == NodeKind::Role && node->moreMembers;
}

void AccountRoleTreeModel::fetchMore(const QModelIndex& parent)
{
    Node* node = nodeAt(parent);
    if (node == nullptr || node->kind != NodeKind::Role || !node->moreMembers) {
        return;
    }
    auto page = m_core.roles().members(m_actor, node->role.id, node->nextAfterEmail, kMemberPageSize);
    if (!page || page.value().members.isEmpty()) {
        node->moreMembers = false;
        return;
    }
    const int first = int(node->children.size());
    beginInsertRows(parent, first, first + int(page.value().members.size()) - 1);
    for (const User& user : page.value().members) {
        auto child = std::make_unique<Node>();
        child->kind = NodeKind::Member;
        child->parent = node;
        child->member = user;
        child->role = node->role;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    }
    node->nextAfterEmail = page.value().nextAfterEmail;
    node->moreMembers = page.value().hasMore;
    endInsertRows();
}

QVariant AccountRoleTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Node* node = nodeAt(index);
    switch (role) {
    case KindRole:
        return QVariant::fromValue(node->kind);
    case AccountIdRole:
        return node->kind == NodeKind::Account ? node->account.id : node->role.accountId;
    case RoleIdRole:
        return node->kind == NodeKind::Account ? QVariant() : QVariant(node->role.id);
    case EmailRole:
        return node->kind == NodeKind::Member ? QVariant(node->member.email) : QVariant();
    case ProtectedRole:
        return node->kind == NodeKind::Role && node->role.isProtected();
    case BuiltInRole:
        return node->kind == NodeKind::Role && node->role.isBuiltIn();
    case MemberCountRole:
        return node->kind == NodeKind::Role ? QVariant(node->role.memberCount) : QVariant();
    default:
        break;
    }
    switch (node->kind) {
    case NodeKind::Account:
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)").arg(node->account.name, node->account.code);
        case Qt::DecorationRole:
            return m_accountIcon;
        case Qt::ToolTipRole:
            return node->refusal.isEmpty() ? accountKindDisplayName(node->account.kind) : node->refusal;
        case IdRole:
            return node->account.id;
        case SortRole:
            return node->account.name.toLower();
        default:
            return {};
        }
    case NodeKind::Role:
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)").arg(node->role.name).arg(node->role.memberCount);
        case Qt::DecorationRole:
            return node->role.isProtected() ? m_lockIcon : m_roleIcon;
        case Qt::ToolTipRole:
            return QString((node->role.isProtected() ? tr("Protected role. ") : QString())
                           + (node->role.isBuiltIn() ? tr("Built-in role.") : tr("Custom role.")) + QLatin1Char(' ')
                           + tr("%n member(s)", nullptr, node->role.memberCount));
        case IdRole:
            return node->role.id;
        case SortRole:
            return node->role.name.toLower();
        default:
            return {};
        }
    case NodeKind::Member:
        switch (role) {
        case Qt::DisplayRole:
            return node->member.displayName.isEmpty() ? node->member.email
                                                      : tr("%1 <%2>").arg(node->member.displayName, node->member.email);
        case Qt::DecorationRole:
            return m_userIcon;
        case Qt::ToolTipRole:
            return node->member.disabled ? tr("%1 (disabled)").arg(node->member.email) : node->member.email;
        case Qt::ForegroundRole:
            return node->member.disabled
                ? QVariant(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text))
                : QVariant();
        case IdRole:
            return node->member.id;
        case SortRole:
            return node->member.email.toLower();
        default:
            return {};
        }
    }
    return {};
}

QVariant AccountRoleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        return tr("Accounts, roles and members");
    }
    return {};
}

const Role* AccountRoleTreeModel::roleAt(const QModelIndex& index) const
{
    const Node* node = nodeAt(index);
    return node == nullptr || node->kind == NodeKind::Account ? nullptr : &node->role;
}

const Account* AccountRoleTreeModel::accountAt(const QModelIndex& index) const
{
    const Node* node = nodeAt(index);
    while (node != nullptr && node->kind != NodeKind::Account) {
        node = node->parent;
    }
    return node == nullptr ? nullptr : &node->account;
}

const User* AccountRoleTreeModel::memberAt(const QModelIndex& index) const
{
    const Node* node = nodeAt(index);
    return node == nullptr || node->kind != NodeKind::Member ? nullptr : &node->member;
}

QModelIndex AccountRoleTreeModel::indexOfRole(qint64 roleId) const
{
    for (const auto& account : m_accounts) {
        for (const auto& role : account->children) {
            if (role->role.id == roleId) {
                return indexOf(role.get());
            }
        }
    }
    return {};
}

QModelIndex AccountRoleTreeModel::indexOfAccount(qint64 accountId) const
{
    for (const auto& account : m_accounts) {
        if (account->account.id == accountId) {
            return indexOf(account.get());
        }
    }
    return {};
}

} // namespace warden
