#include "DownIntoResults.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLineEdit>

namespace warden {

DownIntoResults::DownIntoResults(QLineEdit* box, QAbstractItemView* results)
    : QObject(box)
    , m_results(results)
{ }

void DownIntoResults::link(QLineEdit* box, QAbstractItemView* results)
{
    box->installEventFilter(new DownIntoResults(box, results));
}

bool DownIntoResults::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || static_cast<QKeyEvent*>(event)->key() != Qt::Key_Down
        || static_cast<QKeyEvent*>(event)->modifiers() != Qt::NoModifier) {
        return QObject::eventFilter(watched, event);
    }
    QAbstractItemModel* model = m_results->model();
    if (model == nullptr || model->rowCount(m_results->rootIndex()) == 0) {
        return false;
    }
    m_results->setFocus(Qt::TabFocusReason);
    if (!m_results->currentIndex().isValid()) {
        m_results->setCurrentIndex(model->index(0, 0, m_results->rootIndex()));
    }
    return true;
}

} // namespace warden
