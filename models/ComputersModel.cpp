#include "ComputersModel.h"

#include "ChangeNotifier.h"
#include "CoreServices.h"

#include <QFont>

namespace warden {

ComputersModel::ComputersModel(CoreServices& core, Actor actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_core(core)
    , m_actor(std::move(actor))
{
    connect(&core.notifier(), &ChangeNotifier::computersChanged, this, &ComputersModel::reload);
    reload();
}

void ComputersModel::reload()
{
    beginResetModel();
    auto computers = m_core.computers().computers(m_actor);
    m_loadError = computers ? QString() : computers.refusal().message;
    m_computers = computers ? computers.value() : QList<Computer>();
    endResetModel();
}

int ComputersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_computers.size());
}

int ComputersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Computer* ComputersModel::computerAt(int row) const
{
    return row >= 0 && row < m_computers.size() ? &m_computers.at(row) : nullptr;
}

QVariant ComputersModel::data(const QModelIndex& index, int role) const
{
    const Computer* computer = index.isValid() ? computerAt(index.row()) : nullptr;
    if (!computer) {
        return {};
    }
    const bool thisOne = computer->id == m_core.computers().thisComputerId();
    switch (role) {
    case ComputerIdRole:
        return computer->id;
    case StatusRole:
        return computerStatusKey(computer->status);
    case FingerprintRole:
        return computer->fingerprint;
    case ThisComputerRole:
        return thisOne;
    case Qt::FontRole:
        if (thisOne) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (thisOne) {
            return tr("The computer this console runs on");
        }
        return computer->approvedVia.isEmpty() ? QVariant() : tr("Approved via: %1").arg(computer->approvedVia);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return computer->id;
    case NameColumn:
        return thisOne ? tr("%1 (this computer)").arg(computer->name) : computer->name;
    case OwnerColumn:
        return computer->owner.isEmpty() ? tr("(nobody signed in yet)") : computer->owner;
    case StatusColumn:
        return computerStatusDisplayName(computer->status);
    case FingerprintColumn:
        return computer->fingerprint;
    case DecidedByColumn:
        if (computer->decidedBy.isEmpty() && !computer->approvedVia.isEmpty()) {
            return computer->approvedVia;
        }
        return computer->decidedBy;
    case DecidedAtColumn:
        return computer->status == ComputerStatus::Pending ? computer->requestedAt : computer->decidedAt;
    case LastUsedColumn:
        return computer->lastUsedAt;
    default:
        return {};
    }
}

QVariant ComputersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IdColumn:
        return tr("#");
    case NameColumn:
        return tr("Computer");
    case OwnerColumn:
        return tr("Administrator");
    case StatusColumn:
        return tr("Status");
    case FingerprintColumn:
        return tr("Fingerprint");
    case DecidedByColumn:
        return tr("Approved by");
    case DecidedAtColumn:
        return tr("Requested / decided at");
    case LastUsedColumn:
        return tr("Last used");
    default:
        return {};
    }
}

QHash<int, QByteArray> ComputersModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ComputerIdRole, "computerId");
    names.insert(StatusRole, "status");
    names.insert(FingerprintRole, "fingerprint");
    names.insert(ThisComputerRole, "thisComputer");
    return names;
}

} // namespace warden
