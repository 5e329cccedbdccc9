#pragma once

#include "authorization/Actor.h"
#include "domain/Partner.h"

#include <QAbstractTableModel>
#include <QList>

namespace warden {

class CoreServices;

/// The external (partner) administrators of one customer account, as the Manage External
/// Administrators window lists them; reloads when the account's roles or members change.
class ExternalAdminsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EmailColumn, RoleColumn, PartnerColumn, AddedByColumn, AddedOnColumn, ColumnCount };
    /// Data roles beyond Qt::DisplayRole.
    enum Roles {
        EmailRole = Qt::UserRole + 1, ///< QString: the external admin's address
        RoleNameRole, ///< QString: the role held in the account
        RoleIdRole, ///< qint64
    };

    ExternalAdminsModel(CoreServices& core, Actor actor, qint64 accountId, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const ExternalAdmin* adminAt(int row) const;
    /// Why the list could not be read (empty when it was).
    [[nodiscard]] QString loadError() const { return m_loadError; }

public Q_SLOTS:
    void reload();

private:
    CoreServices& m_core;
    Actor m_actor;
    qint64 m_accountId;
    QList<ExternalAdmin> m_admins;
    QString m_loadError;
};

} // namespace warden
