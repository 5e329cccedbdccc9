#pragma once

#include "authorization/Actor.h"
#include "domain/Account.h"

#include <QAbstractItemModel>
#include <QList>
#include <memory>
#include <vector>

namespace warden {

class CoreServices;

/// The account hierarchy the actor may see: masters → groups → mail-processing accounts (and
/// standard accounts at the top), with each account's kind, code and domains (linked ones
/// marked). An account whose parent the actor cannot see appears at the top.
class AccountHierarchyModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CodeColumn, DomainsColumn, KindColumn, ColumnCount };
    /// Data roles beyond Qt::DisplayRole.
    enum Roles {
        AccountIdRole = Qt::UserRole + 1, ///< qint64
        AccountCodeRole, ///< QString
        AccountKindRole, ///< int (AccountKind)
    };

    AccountHierarchyModel(CoreServices& core, Actor actor, QObject* parent = nullptr);
    ~AccountHierarchyModel() override;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] const Account* accountAt(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexOfAccount(qint64 accountId) const;

public Q_SLOTS:
    void reload();

private:
    struct Node
    {
        Account account;
        QString domains;
        Node* parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row = 0;
    };
    [[nodiscard]] Node* nodeAt(const QModelIndex& index) const;
    [[nodiscard]] const std::vector<std::unique_ptr<Node>>& childrenOf(const Node* node) const;

    CoreServices& m_core;
    Actor m_actor;
    std::vector<std::unique_ptr<Node>> m_roots;
};

} // namespace warden
