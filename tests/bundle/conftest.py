def pytest_configure(config):
    config.addinivalue_line(
        "markers", "bundle: runs the built standalone bundle (make bundle-test; CAPACITY_BUNDLE_TEST=1)")
