#pragma once

#include "authorization/Actor.h"
#include "domain/Computer.h"

#include <QAbstractTableModel>
#include <QList>

namespace warden {

class CoreServices;

/// The computers of the database and their requests to join, as the signed-in administrator may
/// see them (Admin Management → Computers), newest first. Reloads when the core announces a
/// change to computers.
class ComputersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        NameColumn,
        OwnerColumn,
        StatusColumn,
        FingerprintColumn,
        DecidedByColumn,
        DecidedAtColumn,
        LastUsedColumn,
        ColumnCount
    };
    /// Data roles beyond Qt::DisplayRole.
    enum Roles {
        ComputerIdRole = Qt::UserRole + 1, ///< qint64
        StatusRole, ///< QString: computerStatusKey()
        FingerprintRole, ///< QString: six groups of four digits
        ThisComputerRole, ///< bool: the computer this console runs on
    };

    ComputersModel(CoreServices& core, Actor actor, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const Computer* computerAt(int row) const;
    [[nodiscard]] QString loadError() const { return m_loadError; }

public Q_SLOTS:
    void reload();

private:
    CoreServices& m_core;
    Actor m_actor;
    QList<Computer> m_computers;
    QString m_loadError;
};

} // namespace warden
