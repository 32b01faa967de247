import Testing
@testable import MorgueExtraction
