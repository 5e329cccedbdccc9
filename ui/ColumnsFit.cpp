#include "ColumnsFit.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace warden {

ColumnsFit::ColumnsFit(QTableView* view)
    : QObject(view)
    , m_view(view)
{ }

void ColumnsFit::apply(QTableView* view)
{
    auto* fit = new ColumnsFit(view);
    QAbstractItemModel* model = view->model();
    if (model == nullptr) {
        return;
    }
    // Queued: after the view itself has taken in the change.
    const auto fitSoon = [fit] { QTimer::singleShot(0, fit, &ColumnsFit::fit); };
    connect(model, &QAbstractItemModel::modelReset, fit, fitSoon);
    connect(model, &QAbstractItemModel::layoutChanged, fit, fitSoon);
    connect(model, &QAbstractItemModel::rowsInserted, fit, fitSoon);
    connect(model, &QAbstractItemModel::dataChanged, fit, fitSoon);
    fit->fit();
}

void ColumnsFit::fit()
{
    const QHeaderView* header = m_view->horizontalHeader();
    int width = 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    if (!m_view->verticalHeader()->isHidden()) {
        width += m_view->verticalHeader()->sizeHint().width();
    }
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column)) {
            // QTableView hides its sizeHintForColumn; the item view's is the same function.
            const QAbstractItemView* view = m_view;
            width += std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        }
    }
    m_view->setMinimumWidth(std::min(width, kMostWidth));
}

} // namespace warden
