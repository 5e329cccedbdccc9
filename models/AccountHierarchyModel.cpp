#include "AccountHierarchyModel.h"

#include "CoreServices.h"

#include <QHash>
#include <algorithm>

namespace warden {

AccountHierarchyModel::AccountHierarchyModel(CoreServices& core, Actor actor, QObject* parent)
    : QAbstractItemModel(parent)
    , m_core(core)
    , m_actor(std::move(actor))
{
    connect(&core.notifier(), &ChangeNotifier::accountsChanged, this, &AccountHierarchyModel::reload);
    connect(&core.notifier(), &ChangeNotifier::directoryChanged, this, &AccountHierarchyModel::reload);
    reload();
}

AccountHierarchyModel::~AccountHierarchyModel() = default;

void AccountHierarchyModel::reload()
{
    beginResetModel();
    m_roots.clear();
    auto accounts = m_core.accounts().visibleAccounts(m_actor);
    if (accounts) {
        QList<Account> sorted = accounts.value();
        std::sort(sorted.begin(), sorted.end(),
                  [](const Account& a, const Account& b) { return a.name.localeAwareCompare(b.name) < 0; });
        QHash<qint64, Node*> byId;
        std::vector<std::unique_ptr<Node>> nodes;
        for (const Account& account : sorted) {
            auto node = std::make_unique<Node>();
            node->account = account;
            if (auto domains = m_core.accounts().domainEntries(m_actor, account.id)) {
                QStringList names;
                for (const AccountDomain& domain : domains.value()) {
                    names.append(domain.linked ? tr("%1 (linked from %2)").arg(domain.name, domain.ownerCode)
                                               : domain.name);
                }
                node->domains = names.join(QStringLiteral(", "));
            }
            byId.insert(account.id, node.get());
            nodes.push_back(std::move(node));
        }
        for (auto& node : nodes) {
            Node* parentNode = node->account.parentId ? byId.value(*node->account.parentId) : nullptr;
            node->parent = parentNode;
            auto& siblings = parentNode != nullptr ? parentNode->children : m_roots;
            node->row = int(siblings.size());
            siblings.push_back(std::move(node));
        }
    }
    endResetModel();
}

AccountHierarchyModel::Node* AccountHierarchyModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : nullptr;
}

const std::vector<std::unique_ptr<AccountHierarchyModel::Node>>&
AccountHierarchyModel::childrenOf(const Node* node) const
{
    return node != nullptr ? node->children : m_roots;
}

QModelIndex AccountHierarchyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const auto& children = childrenOf(nodeAt(parent));
    if (row < 0 || row >= int(children.size())) {
        return {};
    }
    return createIndex(row, column, children.at(row).get());
}

QModelIndex AccountHierarchyModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeAt(child);
    if (node == nullptr || node->parent == nullptr) {
        return {};
    }
    return createIndex(node->parent->row, 0, node->parent);
}

int AccountHierarchyModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return int(childrenOf(nodeAt(parent)).size());
}

int AccountHierarchyModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

const Account* AccountHierarchyModel::accountAt(const QModelIndex& index) const
{
    const Node* node = nodeAt(index);
    return node != nullptr ? &node->account : nullptr;
}

QModelIndex AccountHierarchyModel::indexOfAccount(qint64 accountId) const
{
    std::vector<const Node*> pending;
    for (const auto& root : m_roots) {
        pending.push_back(root.get());
    }
    while (!pending.empty()) {
        const Node* node = pending.back();
        pending.pop_back();
        if (node->account.id == accountId) {
            return createIndex(node->row, 0, const_cast<Node*>(node)); // NOLINT(cppcoreguidelines-pro-type-const-cast)
        }
        for (const auto& child : node->children) {
            pending.push_back(child.get());
        }
    }
    return {};
}

QVariant AccountHierarchyModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeAt(index);
    if (node == nullptr) {
        return {};
    }
    const Account& account = node->account;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return account.name;
        case CodeColumn:
            return account.code;
        case KindColumn:
            return accountKindDisplayName(account.kind);
        case DomainsColumn:
            return node->domains;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == DomainsColumn && !node->domains.isEmpty()
            ? node->domains
            : tr("%1 (%2), %3").arg(account.name, account.code, accountKindDisplayName(account.kind));
    case AccountIdRole:
        return account.id;
    case AccountCodeRole:
        return account.code;
    case AccountKindRole:
        return int(account.kind);
    default:
        return {};
    }
}

QVariant AccountHierarchyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Account");
    case CodeColumn:
        return tr("Account code");
    case KindColumn:
        return tr("Kind");
    case DomainsColumn:
        return tr("Domains");
    default:
        return {};
    }
}

} // namespace warden
