from pathlib import Path

import pytest

from analysis import paths

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def seed_page():
    from analysis.page import read_page

    return read_page(paths.DEFAULT_PAGE)
